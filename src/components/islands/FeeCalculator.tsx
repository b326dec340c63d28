import type { FullOnlyStrings } from '../../i18n/tools/fee-calculator';
import { draftFromState, stateFromDraft, type CalculatorDraft, type QuoteDraft } from '../../lib/fees/draft';
import { encodeState } from '../../lib/fees/url-encode';
import type { UrlIssue } from '../../lib/fees/url-format';
import { Calculator, type CalculatorProps, type CalculatorViewState, type Figures } from './fee-calculator/Calculator';
import { LaterAnalysis, loadAnalysis } from './fee-calculator/LaterAnalysis';
import type { LinkIssues } from './fee-calculator/LinkIssues';
import { QuoteTerms } from './fee-calculator/QuoteTerms';
import { NumberField } from './shared/NumberField';

interface Props extends CalculatorProps {
	/** The words of the tool page's own parts: growth, tiers, analysis, sharing, link messages. */
	fullT: FullOnlyStrings;
	/**
	 * The tool page's public address without a query (the site's canonical URL), for the
	 * link printed under the figures. A prop rather than `location`, so the server and the
	 * browser render the same line and hydration needs no second render.
	 */
	pageUrl: string;
}

interface State extends CalculatorViewState {
	linkIssues?: { issues: UrlIssue[]; View: typeof LinkIssues } | null;
}

/** What the calculator loads only when the page was opened from a shared link (or the clipboard refused). */
const loadSharedLink = () => import('./fee-calculator/shared-link');

/**
 * The fee calculator on its tool page: the shared calculator plus monthly growth, tiers and
 * guarantees, the figures kept in the address, a shared link's figures read on load, and the
 * analysis below the answer. The analysis comes in its own module, loaded when it comes near the
 * screen or the figures change (fee-calculator/LaterAnalysis), so the page hydrates without it.
 */
export default class FeeCalculator extends Calculator<Props, State> {
	protected readonly variant = 'full';

	constructor(props: Props) {
		super(props, true);
	}

	protected async linkQuery(draft: CalculatorDraft) {
		return encodeState(stateFromDraft(draft));
	}

	protected loadManualLink = () => loadAnalysis().then((analysis) => analysis.loadManualLink());

	override componentDidMount() {
		// Nothing to change after hydration unless a shared link brings its own figures: a second
		// render here would redo every computation of the tool page at load.
		if (location.search.length <= 1) return;
		// A shared link opens its own figures. The decoder loads only when there is a query to read.
		void loadSharedLink().then(({ decodeState, LinkIssues: View }) => {
			// Someone quick enough to type before the link was read keeps what they typed.
			if (this.state.edited) return;
			const decoded = decodeState(location.search, this.example);
			this.setState({
				draft: draftFromState(decoded.state, this.props.locale),
				linkIssues: decoded.issues.length > 0 ? { issues: decoded.issues, View } : null,
			});
		});
	}

	protected override renderTop() {
		const { locale, t, fullT, id } = this.props;
		const { linkIssues } = this.state;
		return (
			<div role="status" class="fc-issues">
				{linkIssues && (
					<linkIssues.View
						locale={locale}
						t={{ ...t, ...fullT }}
						issues={linkIssues.issues}
						onDismiss={() => {
							this.setState({ linkIssues: null });
							document.getElementById(`${id}-gmv`)?.focus();
						}}
					/>
				)}
			</div>
		);
	}

	protected override renderStoreExtra(draft: CalculatorDraft) {
		const { locale, t, fullT, id } = this.props;
		return (
			<NumberField
				locale={locale}
				t={t}
				id={`${id}-growth`}
				label={fullT.advanced.growth}
				hint={fullT.advanced.growthHint}
				unit={t.units.percent}
				short
				field={draft.monthlyGrowth}
				onInput={this.editTop('monthlyGrowth')}
			/>
		);
	}

	protected override renderQuoteTerms(quote: QuoteDraft, id: string) {
		const { locale, t, fullT } = this.props;
		return <QuoteTerms locale={locale} t={{ ...t, ...fullT }} id={id} quote={quote} onEdit={(edit, focusId) => this.editQuote(quote.key, edit, focusId)} />;
	}

	protected override renderBelow({ draft, state, contract, query }: Figures) {
		const { locale, t, fullT, id, headingLevel, pageUrl } = this.props;
		return (
			<LaterAnalysis failedText={fullT.analysisFailed}>
				{({ Analysis }) => (
					<Analysis
						locale={locale}
						t={{ ...t, ...fullT }}
						id={id}
						headingLevel={headingLevel}
						state={state}
						contract={contract}
						draft={draft}
						onMarginInput={(field, text) => this.editTop(field)(text)}
						pageUrl={pageUrl}
						query={query}
						share={this.state.share}
						onCopy={() => this.copyLink(fullT.share)}
					/>
				)}
			</LaterAnalysis>
		);
	}
}
