import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../i18n/locales';
import type { FeeCalculatorStrings } from '../../i18n/tools/fee-calculator';
import { cheapestRegions } from '../../lib/fees/cheapest-regions';
import { evaluateContract } from '../../lib/fees/contract';
import {
	draftFromState,
	editNumber,
	emptyTier,
	newQuoteDraft,
	stateFromDraft,
	type CalculatorDraft,
	type QuoteDraft,
} from '../../lib/fees/draft';
import { exampleState } from '../../lib/fees/example';
import { maxQuotes, type RuleName } from '../../lib/fees/limits';
import { marginView } from '../../lib/fees/margin';
import { sensitivity } from '../../lib/fees/sensitivity';
import { compareAllPairs, summarize } from '../../lib/fees/summary';
import { decodeState, encodeState, type UrlIssue } from '../../lib/fees/url-state';
import { fill } from '../../lib/format/template';
import { headingTag } from './fee-calculator/context';
import { CostChart } from './fee-calculator/CostChart';
import { LinkIssues } from './fee-calculator/LinkIssues';
import { MarginSection } from './fee-calculator/MarginSection';
import { NumberField } from './fee-calculator/NumberField';
import { QuoteFields } from './fee-calculator/QuoteFields';
import { ResultsTable } from './fee-calculator/ResultsTable';
import { pairSentence, resultSentences } from './fee-calculator/sentences';
import { SensitivityTable } from './fee-calculator/SensitivityTable';
import { ShareLink } from './fee-calculator/ShareLink';

interface Props {
	locale: Locale;
	/** This language's words only, passed as data so the other language never reaches the browser. */
	t: FeeCalculatorStrings;
	/** `full` on the tool page; `compact` inside a guide page (no URL state, no chart, no margin view). */
	variant: 'full' | 'compact';
	/** Prefix for element ids, unique on the page. */
	id: string;
	/** The heading level of the calculator's sections: 2 on the tool page, 3 inside a guide. */
	headingLevel: number;
	/** Where the full calculator lives, for the compact version's "open with these figures" link. */
	fullToolHref: string;
}

type TopField = 'gmv' | 'months' | 'refund' | 'growth' | 'margin' | 'platformFee' | 'inHouse';

const topFieldRules: Record<TopField, RuleName> = {
	gmv: 'monthlyGmv',
	months: 'months',
	refund: 'refundRate',
	growth: 'monthlyGrowth',
	margin: 'grossMargin',
	platformFee: 'platformFeeRate',
	inHouse: 'inHouseMonthlyCost',
};

/** Long enough that typing a number does not fire an update per keystroke. */
const urlDelay = 400;
const announceDelay = 1200;

/**
 * The fee comparison calculator: a thin layer over the pure model in
 * src/lib/fees. It keeps the user's raw text, recomputes on every edit,
 * mirrors the state into the URL (full version) and announces results politely.
 */
export default function FeeCalculator({ locale, t, variant, id, headingLevel, fullToolHref }: Props) {
	const full = variant === 'full';
	const speech = { locale, t };
	const H2 = headingTag(headingLevel);
	const H3 = headingTag(headingLevel, 1);
	const example = useMemo(() => exampleState(t.exampleNames), [t]);
	const exampleQuery = useMemo(() => encodeState(example), [example]);

	const [draft, setDraft] = useState<CalculatorDraft>(() => draftFromState(example, locale));
	const [edited, setEdited] = useState(false);
	const [issues, setIssues] = useState<UrlIssue[]>([]);
	const [announcement, setAnnouncement] = useState('');
	const [pageUrl, setPageUrl] = useState('');
	const focusNext = useRef<string | null>(null);

	const state = useMemo(() => stateFromDraft(draft), [draft]);
	const query = useMemo(() => encodeState(state), [state]);
	const contract = useMemo(() => evaluateContract(state), [state]);
	const regions = useMemo(() => cheapestRegions(state.quotes, state.refundRate), [state]);
	const sentences = resultSentences(speech, state, contract, summarize(state.monthlyGmv, contract, regions), regions);
	const pairs = useMemo(() => (full ? compareAllPairs(state.quotes, state.refundRate) : []), [state, full]);

	// A shared link opens its own figures. Read after hydration so the server's example HTML is reused as is.
	useEffect(() => {
		if (!full) return;
		setPageUrl(`${location.origin}${location.pathname}`);
		if (location.search.length <= 1) return;
		const decoded = decodeState(location.search, example);
		setDraft(draftFromState(decoded.state, locale));
		setIssues(decoded.issues);
	}, []);

	useEffect(() => {
		if (!full || !edited) return;
		const timer = setTimeout(() => history.replaceState(history.state, '', `${location.pathname}?${query}${location.hash}`), urlDelay);
		return () => clearTimeout(timer);
	}, [query, edited]);

	const summaryText = sentences.join(' ');
	useEffect(() => {
		if (!edited) return;
		const timer = setTimeout(() => setAnnouncement(`${t.live.updated} ${summaryText}`), announceDelay);
		return () => clearTimeout(timer);
	}, [summaryText, edited]);

	// Print the chart's data table and the advanced terms even when their <details> are closed.
	const root = useRef<HTMLDivElement>(null);
	useEffect(() => {
		let reopened: HTMLDetailsElement[] = [];
		const open = () => {
			reopened = [...(root.current?.querySelectorAll('details:not([open])') ?? [])] as HTMLDetailsElement[];
			for (const details of reopened) details.open = true;
		};
		const restore = () => {
			for (const details of reopened) details.open = false;
		};
		addEventListener('beforeprint', open);
		addEventListener('afterprint', restore);
		return () => {
			removeEventListener('beforeprint', open);
			removeEventListener('afterprint', restore);
		};
	}, []);

	useEffect(() => {
		if (!focusNext.current) return;
		document.getElementById(focusNext.current)?.focus();
		focusNext.current = null;
	});

	const change = (update: (current: CalculatorDraft) => CalculatorDraft, focusId?: string) => {
		if (focusId) focusNext.current = focusId;
		setDraft(update);
		setEdited(true);
	};
	const editTop = (field: TopField) => (text: string) =>
		change((current) => ({ ...current, [field]: editNumber(current[field], text, topFieldRules[field]) }));
	const editQuote = (key: number, update: (quote: QuoteDraft) => QuoteDraft, focusId?: string) =>
		change((current) => ({ ...current, quotes: current.quotes.map((quote) => (quote.key === key ? update(quote) : quote)) }), focusId);

	const quoteId = (index: number) => `${id}-q${index}`;
	const addQuote = () =>
		change(
			(current) => ({ ...current, quotes: [...current.quotes, newQuoteDraft(fill(t.quotes.defaultName, { n: current.quotes.length + 1 }))] }),
			`${quoteId(draft.quotes.length)}-name`,
		);
	const removeQuote = (key: number) =>
		change((current) => ({ ...current, quotes: current.quotes.filter((quote) => quote.key !== key) }), `${id}-add-quote`);

	const isExample = query === exampleQuery;

	return (
		<div class={`fc fc--${variant}`} ref={root}>
			{full && (
				<div role="status" class="fc-issues">
					{issues.length > 0 && (
						<LinkIssues
							{...speech}
							issues={issues}
							onDismiss={() => {
								setIssues([]);
								document.getElementById(`${id}-gmv`)?.focus();
							}}
						/>
					)}
				</div>
			)}
			{isExample && <p class="fc-example">{t.exampleNote}</p>}

			<div class="fc-layout">
				<form class="fc-form" onSubmit={(event) => event.preventDefault()}>
					<fieldset class="fc-store">
						<legend>{t.store.legend}</legend>
						<NumberField {...speech} id={`${id}-gmv`} label={t.store.gmv} hint={t.store.gmvHint} unit={t.units.money} field={draft.gmv} onInput={editTop('gmv')} />
						<div class="fc-row">
							<NumberField {...speech} id={`${id}-months`} label={t.store.months} unit={t.store.monthsUnit} short field={draft.months} onInput={editTop('months')} />
							<NumberField {...speech} id={`${id}-refund`} label={t.store.refund} unit={t.units.percent} short field={draft.refund} onInput={editTop('refund')} />
						</div>
						{full && (
							<NumberField {...speech} id={`${id}-growth`} label={t.store.growth} hint={t.store.growthHint} unit={t.units.percent} short field={draft.growth} onInput={editTop('growth')} />
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
								advanced={full}
								canRemove={draft.quotes.length > 1}
								onName={(name) => editQuote(quote.key, (current) => ({ ...current, name }))}
								onNumber={(field, text) =>
									editQuote(quote.key, (current) => ({
										...current,
										[field]: editNumber(current[field], text, field === 'fee' ? 'monthlyFee' : field === 'rate' ? 'rate' : 'guaranteedGmv'),
									}))
								}
								onBase={(base) => editQuote(quote.key, (current) => ({ ...current, base }))}
								onTier={(tierIndex, field, text) =>
									editQuote(quote.key, (current) => ({
										...current,
										tiers: current.tiers.map((tier, at) =>
											at === tierIndex ? { ...tier, [field]: editNumber(tier[field], text, field === 'above' ? 'tierAbove' : 'rate', true) } : tier,
										),
									}))
								}
								onAddTier={() =>
									editQuote(quote.key, (current) => ({ ...current, tiers: [...current.tiers, emptyTier()] }), `${quoteId(index)}-tier${quote.tiers.length}-above`)
								}
								onRemoveTier={(tierIndex) =>
									editQuote(quote.key, (current) => ({ ...current, tiers: current.tiers.filter((_, at) => at !== tierIndex) }), `${quoteId(index)}-add-tier`)
								}
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
				</form>

				<section class="fc-output" aria-labelledby={`${id}-results`}>
					<H2 id={`${id}-results`}>{t.results.heading}</H2>
					<div class="fc-summary">
						{sentences.map((sentence, index) => (
							<p key={index}>{sentence}</p>
						))}
					</div>
					<ResultsTable {...speech} state={state} contract={contract} />
					{full && pairs.length > 0 && (
						<>
							<H3>{t.breakEven.heading}</H3>
							<p>{t.breakEven.intro}</p>
							<ul class="fc-pairs">
								{pairs.map((pair) => (
									<li key={`${pair.a}-${pair.b}`}>{pairSentence(speech, state, pair)}</li>
								))}
							</ul>
						</>
					)}
					{full ? (
						<ShareLink {...speech} link={() => `${location.origin}${location.pathname}?${query}`} />
					) : (
						<p>
							<a href={`${fullToolHref}?${query}`}>{t.share.openFull}</a>
						</p>
					)}
				</section>
			</div>

			{full && (
				<>
					<section class="fc-section" aria-labelledby={`${id}-chart`}>
						<H2 id={`${id}-chart`}>{t.chart.heading}</H2>
						<CostChart {...speech} id={id} state={state} pairs={pairs} />
					</section>
					<section class="fc-section" aria-labelledby={`${id}-sensitivity`}>
						<H2 id={`${id}-sensitivity`}>{t.sensitivity.heading}</H2>
						<p>{t.sensitivity.intro}</p>
						<SensitivityTable {...speech} state={state} scenarios={sensitivity(state)} />
					</section>
					<section class="fc-section" aria-labelledby={`${id}-margin-heading`}>
						<H2 id={`${id}-margin-heading`}>{t.margin.heading}</H2>
						<MarginSection
							{...speech}
							id={id}
							state={state}
							view={marginView(state, contract)}
							fields={{ margin: draft.margin, platformFee: draft.platformFee, inHouse: draft.inHouse }}
							onInput={(field, text) => editTop(field)(text)}
						/>
					</section>
					{pageUrl && (
						<p class="fc-print-only">
							{t.share.printedLink} {`${pageUrl}?${query}`}
						</p>
					)}
				</>
			)}
			<p class="visually-hidden" aria-live="polite">
				{announcement}
			</p>
		</div>
	);
}
