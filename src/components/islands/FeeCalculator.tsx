import type { Locale } from '../../i18n/locales';
import type { CoreStrings, FullOnlyStrings } from '../../i18n/tools/fee-calculator';
import { cheapestRegions } from '../../lib/fees/cheapest-regions';
import { evaluateContract } from '../../lib/fees/contract';
import { draftFromState, editNumber, newQuoteDraft, stateFromDraft, type CalculatorDraft, type TopField } from '../../lib/fees/draft';
import { exampleState } from '../../lib/fees/example';
import type { CalculatorState } from '../../lib/fees/types';
import { maxQuotes } from '../../lib/fees/limits';
import { summarize } from '../../lib/fees/summary';
import { encodeState } from '../../lib/fees/url-encode';
import type { UrlIssue } from '../../lib/fees/url-format';
import { fill } from '../../lib/text/template';
import { DraftTool, type DraftToolState } from './shared/draft-tool';
import { LaterAnalysis } from './fee-calculator/LaterAnalysis';
import { headingTag, joinSentences } from './fee-calculator/context';
import type { LinkIssues } from './fee-calculator/LinkIssues';
import { NumberField } from './shared/NumberField';
import { QuoteFields } from './fee-calculator/QuoteFields';
import { ResultsTable } from './fee-calculator/ResultsTable';
import { loadManualLink, loadSharedLink } from './fee-calculator/ShareLink';
import { resultSentences } from '../../lib/fees/sentences';

interface Props {
	locale: Locale;
	/** This language's words only, passed as data so the other language never reaches the browser. */
	t: CoreStrings;
	/**
	 * The words of the full calculator's extra parts (analysis, sharing, link
	 * messages). Given on the tool page; without them the calculator is the
	 * compact one for guide pages: no URL state, tiers, chart or margin view.
	 */
	fullT?: FullOnlyStrings;
	/** Prefix for element ids, unique on the page. */
	id: string;
	/** The heading level of the calculator's sections: 2 on the tool page, 3 inside a guide. */
	headingLevel: number;
	/** Where the full calculator lives, for the compact version's "open with these figures" link. */
	fullToolHref: string;
	/**
	 * The tool page's public address without a query (the site's canonical URL), for the
	 * link printed under the figures. A prop rather than `location`, so the server and the
	 * browser render the same line and hydration needs no second render.
	 */
	pageUrl?: string;
}

interface State extends DraftToolState<CalculatorDraft> {
	linkIssues: { issues: UrlIssue[]; View: typeof LinkIssues } | null;
	/**
	 * Whether the form and results table are drawn. The compact version inside
	 * an article puts only the example's answer in sentences into the page's
	 * HTML (the article's budget is tight) and draws the rest once it wakes.
	 */
	formShown: boolean;
}

/**
 * The fee comparison calculator: a thin layer over the pure model in
 * src/lib/fees. It keeps the user's raw text, recomputes on every edit,
 * mirrors the state into the URL (full version) and announces results
 * politely. A class rather than hooks: it spares the page the hooks module,
 * which keeps the tool within its JavaScript budget.
 *
 * One island for both variants. The tool page's analysis below the answer comes in its own
 * module, loaded just after the island wakes (fee-calculator/LaterAnalysis), so the compact
 * calculator never loads it and the tool page hydrates without it.
 */
export default class FeeCalculator extends DraftTool<Props, CalculatorDraft, State> {
	private readonly example: CalculatorState;
	private readonly exampleQuery: string;

	constructor(props: Props) {
		super(props);
		this.example = exampleState(props.t.exampleNames);
		this.exampleQuery = encodeState(this.example);
		// The first render is the example, as on the server, so hydration reuses the server's HTML.
		this.state = {
			draft: draftFromState(this.example, props.locale),
			edited: false,
			linkIssues: null,
			announcement: '',
			share: { status: '', manualLink: '' },
			formShown: props.fullT !== undefined,
		};
	}

	protected async linkQuery(draft: CalculatorDraft) {
		return this.props.fullT ? encodeState(stateFromDraft(draft)) : null;
	}

	protected loadManualLink = loadManualLink;

	override componentDidMount() {
		if (!this.props.fullT) {
			this.setState({ formShown: true });
			return;
		}
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

	private editTop = (field: TopField) => (text: string) => this.update((current) => ({ ...current, [field]: editNumber(current[field], text, field) }));

	override render({ locale, t, fullT, id, headingLevel, fullToolHref, pageUrl = '' }: Props, { draft, linkIssues, announcement, share, formShown }: State) {
		const full = fullT !== undefined;
		const variant = full ? 'full' : 'compact';
		const speech = { locale, t };
		const H2 = headingTag(headingLevel);
		const state = stateFromDraft(draft);
		const query = encodeState(state);
		const contract = evaluateContract(state);
		const regions = cheapestRegions(state.quotes, state.refundRate);
		const sentences = resultSentences(speech.locale, speech.t, state, contract, summarize(state.monthlyGmv, contract, regions), regions);
		this.summaryText = joinSentences(sentences, t);
		const quoteId = (index: number) => `${id}-q${index}`;
		const addQuote = () => this.update((current) => ({ ...current, quotes: [...current.quotes, newQuoteDraft()] }), `${quoteId(draft.quotes.length)}-name`);
		const removeQuote = (key: number) =>
			this.update((current) => ({ ...current, quotes: current.quotes.filter((quote) => quote.key !== key) }), `${id}-add-quote`);
		const editTop = this.editTop;
		const isExample = query === this.exampleQuery;

		return (
			<div class={`fc fc--${variant}`}>
				{full && (
					<div role="status" class="fc-issues">
						{linkIssues && (
							<linkIssues.View
								locale={locale}
								t={{ ...t, ...fullT! }}
								issues={linkIssues.issues}
								onDismiss={() => {
									this.setState({ linkIssues: null });
									document.getElementById(`${id}-gmv`)?.focus();
								}}
							/>
						)}
					</div>
				)}
				{isExample && <p class="fc-example">{t.exampleNote}</p>}

				<div class="fc-layout">
					{formShown && (
						// Not a <form>: results update as the reader types, so there is nothing to submit.
						<div class="fc-form">
							<fieldset class="fc-store">
								<legend>{t.store.legend}</legend>
								<NumberField
									{...speech}
									id={`${id}-gmv`}
									label={t.store.gmv}
									hint={t.store.gmvHint}
									unit={t.units.money}
									field={draft.monthlyGmv}
									onInput={editTop('monthlyGmv')}
								/>
								<div class="fc-row">
									<NumberField
										{...speech}
										id={`${id}-months`}
										label={t.store.months}
										unit={t.store.monthsUnit}
										short
										field={draft.months}
										onInput={editTop('months')}
									/>
									<NumberField
										{...speech}
										id={`${id}-refund`}
										label={t.store.refund}
										unit={t.units.percent}
										short
										field={draft.refundRate}
										onInput={editTop('refundRate')}
									/>
								</div>
								{full && (
									<NumberField
										{...speech}
										id={`${id}-growth`}
										label={fullT.advanced.growth}
										hint={fullT.advanced.growthHint}
										unit={t.units.percent}
										short
										field={draft.monthlyGrowth}
										onInput={editTop('monthlyGrowth')}
									/>
								)}
							</fieldset>

							<fieldset class="fc-quotes">
								<legend>{t.quotes.legend}</legend>
								{draft.quotes.map((quote, index) => (
									<QuoteFields
										{...speech}
										key={quote.key}
										id={quoteId(index)}
										index={index}
										quote={quote}
										advanced={fullT?.advanced}
										canRemove={draft.quotes.length > 1}
										onEdit={(edit, focusId) => this.editQuote(quote.key, edit, focusId)}
										onRemove={() => removeQuote(quote.key)}
									/>
								))}
								{draft.quotes.length < maxQuotes ? (
									<button type="button" id={`${id}-add-quote`} class="button button--secondary" onClick={addQuote}>
										{t.quotes.add}
									</button>
								) : (
									<p class="fc-hint">{fill(t.quotes.limit, { max: maxQuotes })}</p>
								)}
							</fieldset>
						</div>
					)}

					<section class="fc-output" aria-labelledby={`${id}-results`}>
						<H2 id={`${id}-results`}>{t.results.heading}</H2>
						<div class="fc-summary">
							{sentences.map((sentence, index) => (
								<p key={index}>{sentence}</p>
							))}
						</div>
						{formShown && <ResultsTable {...speech} state={state} contract={contract} />}
						{!full && (
							<p>
								<a href={`${fullToolHref}?${query}`}>{t.share.openFull}</a>
							</p>
						)}
					</section>
				</div>

				{fullT && (
					<LaterAnalysis>
						{({ Analysis }) => (
							<Analysis
								locale={locale}
								t={{ ...t, ...fullT }}
								id={id}
								headingLevel={headingLevel}
								state={state}
								contract={contract}
								draft={draft}
								onMarginInput={(field, text) => editTop(field)(text)}
								pageUrl={pageUrl}
								query={query}
								share={share}
								onCopy={() => this.copyLink(fullT.share)}
							/>
						)}
					</LaterAnalysis>
				)}
				<p class="visually-hidden" aria-live="polite">
					{announcement}
				</p>
			</div>
		);
	}
}
