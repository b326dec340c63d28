import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../i18n/locales';
import type { FormStrings } from '../../i18n/tools/fee-calculator';
import { cheapestRegions } from '../../lib/fees/cheapest-regions';
import { evaluateContract } from '../../lib/fees/contract';
import { draftFromState, editNumber, newQuoteDraft, stateFromDraft, type QuoteDraft } from '../../lib/fees/draft';
import { exampleState } from '../../lib/fees/example';
import { maxQuotes, type RuleName } from '../../lib/fees/limits';
import { summarize } from '../../lib/fees/summary';
import { encodeState } from '../../lib/fees/url-encode';
import type { UrlIssue } from '../../lib/fees/url-format';
import { fill } from '../../lib/format/template';
import { headingTag, joinSentences } from './fee-calculator/context';
import type { LinkIssues } from './fee-calculator/LinkIssues';
import { NumberField } from './fee-calculator/NumberField';
import { QuoteFields } from './fee-calculator/QuoteFields';
import { ResultsTable } from './fee-calculator/ResultsTable';
import { resultSentences } from './fee-calculator/sentences';
import { sharedDraft, useSharedDraft } from './fee-calculator/store';

interface Props {
	locale: Locale;
	/** This language's words only, passed as data so the other language never reaches the browser. */
	t: FormStrings;
	/** `full` on the tool page (the analysis island follows it); `compact` inside a guide page (no URL state, no tiers). */
	variant: 'full' | 'compact';
	/** Prefix for element ids, unique on the page. */
	id: string;
	/** The heading level of the calculator's sections: 2 on the tool page, 3 inside a guide. */
	headingLevel: number;
	/** Where the full calculator lives, for the compact version's "open with these figures" link. */
	fullToolHref: string;
}

type StoreField = 'gmv' | 'months' | 'refund' | 'growth';

const storeFieldRules: Record<StoreField, RuleName> = {
	gmv: 'monthlyGmv',
	months: 'months',
	refund: 'refundRate',
	growth: 'monthlyGrowth',
};

/** Long enough that typing a number does not fire an update per keystroke. */
const urlDelay = 400;
const announceDelay = 1200;

/**
 * The fee comparison calculator's form and headline results: a thin layer
 * over the pure model in src/lib/fees. It keeps the user's raw text,
 * recomputes on every edit, mirrors the state into the URL (full version)
 * and announces results politely. FeeCalculatorAnalysis shows the rest.
 */
export default function FeeCalculator({ locale, t, variant, id, headingLevel, fullToolHref }: Props) {
	const full = variant === 'full';
	const speech = { locale, t };
	const H2 = headingTag(headingLevel);
	const example = useMemo(() => exampleState(t.exampleNames), [t]);
	const exampleQuery = useMemo(() => encodeState(example), [example]);

	const [draft, update, edited] = useSharedDraft(id, () => draftFromState(example, locale));
	const [linkIssues, setLinkIssues] = useState<{ issues: UrlIssue[]; View: typeof LinkIssues } | null>(null);
	const [announcement, setAnnouncement] = useState('');
	const focusNext = useRef<string | null>(null);

	const state = useMemo(() => stateFromDraft(draft), [draft]);
	const query = useMemo(() => encodeState(state), [state]);
	const contract = useMemo(() => evaluateContract(state), [state]);
	const regions = useMemo(() => cheapestRegions(state.quotes, state.refundRate), [state]);
	const sentences = resultSentences(speech, state, contract, summarize(state.monthlyGmv, contract, regions), regions);

	// A shared link opens its own figures. Read after hydration so the server's example HTML is reused as is;
	// the decoder loads only when there is a query to read.
	useEffect(() => {
		if (!full) return;
		if (location.search.length <= 1) return;
		void import('./fee-calculator/shared-link').then(({ decodeState, LinkIssues: View }) => {
			// Someone quick enough to type before the link was read keeps what they typed.
			if (sharedDraft(id).edited) return;
			const decoded = decodeState(location.search, example);
			update(() => draftFromState(decoded.state, locale), false);
			if (decoded.issues.length > 0) setLinkIssues({ issues: decoded.issues, View });
		});
	}, []);

	useEffect(() => {
		if (!full || !edited) return;
		const timer = setTimeout(() => history.replaceState(history.state, '', `${location.pathname}?${query}${location.hash}`), urlDelay);
		return () => clearTimeout(timer);
	}, [query, edited]);

	const summaryText = joinSentences(sentences, t);
	useEffect(() => {
		if (!edited) return;
		const timer = setTimeout(() => setAnnouncement(joinSentences([t.live.updated, summaryText], t)), announceDelay);
		return () => clearTimeout(timer);
	}, [summaryText, edited]);

	// Printing: open every <details> (the chart's data table, advanced terms, the method), and leave out
	// the analysis if it never woke up since the user's edits, rather than print stale example figures.
	const root = useRef<HTMLDivElement>(null);
	useEffect(() => {
		let reopened: HTMLDetailsElement[] = [];
		const wrapper = () => root.current?.closest('.fee-calculator');
		const beforePrint = () => {
			reopened = [...(wrapper()?.querySelectorAll('details:not([open])') ?? [])] as HTMLDetailsElement[];
			for (const details of reopened) details.open = true;
			const entry = sharedDraft(id);
			wrapper()?.classList.toggle('fc-print-stale', entry.edited && !entry.analysisAwake);
		};
		const afterPrint = () => {
			for (const details of reopened) details.open = false;
		};
		addEventListener('beforeprint', beforePrint);
		addEventListener('afterprint', afterPrint);
		return () => {
			removeEventListener('beforeprint', beforePrint);
			removeEventListener('afterprint', afterPrint);
		};
	}, []);

	useEffect(() => {
		if (!focusNext.current) return;
		document.getElementById(focusNext.current)?.focus();
		focusNext.current = null;
	});

	const editTop = (field: StoreField) => (text: string) =>
		update((current) => ({ ...current, [field]: editNumber(current[field], text, storeFieldRules[field]) }));
	const editQuote = (key: number, edit: (quote: QuoteDraft) => QuoteDraft, focusId?: string) => {
		if (focusId) focusNext.current = focusId;
		update((current) => ({ ...current, quotes: current.quotes.map((quote) => (quote.key === key ? edit(quote) : quote)) }));
	};

	const quoteId = (index: number) => `${id}-q${index}`;
	const addQuote = () => {
		focusNext.current = `${quoteId(draft.quotes.length)}-name`;
		update((current) => ({ ...current, quotes: [...current.quotes, newQuoteDraft()] }));
	};
	const removeQuote = (key: number) => {
		focusNext.current = `${id}-add-quote`;
		update((current) => ({ ...current, quotes: current.quotes.filter((quote) => quote.key !== key) }));
	};

	const isExample = query === exampleQuery;

	return (
		<div class={`fc fc--${variant}`} ref={root}>
			{full && (
				<div role="status" class="fc-issues">
					{linkIssues && (
						<linkIssues.View
							{...speech}
							issues={linkIssues.issues}
							onDismiss={() => {
								setLinkIssues(null);
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
								onEdit={(edit, focusId) => editQuote(quote.key, edit, focusId)}
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
					{!full && (
						<p>
							<a href={`${fullToolHref}?${query}`}>{t.share.openFull}</a>
						</p>
					)}
				</section>
			</div>

			<p class="visually-hidden" aria-live="polite">
				{announcement}
			</p>
		</div>
	);
}
