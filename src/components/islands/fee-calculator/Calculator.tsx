import type { ComponentChild } from 'preact';
import type { Locale } from '../../../i18n/locales';
import type { CoreStrings } from '../../../i18n/tools/fee-calculator';
import { cheapestRegions } from '../../../lib/fees/cheapest-regions';
import { evaluateContract } from '../../../lib/fees/contract';
import { draftFromState, editNumber, newQuoteDraft, stateFromDraft, type CalculatorDraft, type QuoteDraft, type TopField } from '../../../lib/fees/draft';
import { exampleState } from '../../../lib/fees/example';
import { maxQuotes } from '../../../lib/fees/limits';
import { resultSentences } from '../../../lib/fees/sentences';
import { summarize } from '../../../lib/fees/summary';
import type { CalculatorState, ContractResult } from '../../../lib/fees/types';
import { encodeState } from '../../../lib/fees/url-encode';
import { fill } from '../../../lib/text/template';
import { DraftTool, type DraftToolState } from '../shared/draft-tool';
import { NumberField } from '../shared/NumberField';
import { headingTag, joinSentences } from './context';
import { QuoteFields } from './QuoteFields';
import { ResultsTable } from './ResultsTable';

export interface CalculatorProps {
	locale: Locale;
	/** This language's words only, passed as data so the other language never reaches the browser. */
	t: CoreStrings;
	/** Prefix for element ids, unique on the page. */
	id: string;
	/** The heading level of the calculator's sections: 2 on the tool page, 3 inside a guide. */
	headingLevel: number;
}

export interface CalculatorViewState extends DraftToolState<CalculatorDraft> {
	/**
	 * Whether the form and results table are drawn. The compact version inside
	 * an article puts only the example's answer in sentences into the page's
	 * HTML (the article's budget is tight) and draws the rest once it wakes.
	 */
	formShown: boolean;
}

/** What one render worked out from the draft, for the parts a variant adds. */
export interface Figures {
	draft: CalculatorDraft;
	state: CalculatorState;
	contract: ContractResult;
	/** The figures as a query, without `?`. */
	query: string;
}

/**
 * The fee comparison calculator: a thin layer over the pure model in
 * src/lib/fees. It keeps the user's raw text, recomputes on every edit
 * and announces results politely. A class rather than hooks: it spares the
 * page the hooks module, which keeps the tool within its JavaScript budget.
 *
 * What both variants draw: the store and the quotes, the answer in sentences and the table of
 * costs. Each variant is its own island (FeeCalculator on the tool page, CompactFeeCalculator in a
 * guide) and adds its parts through the `render…` methods, so the compact one's code leaves out
 * what only the tool page draws.
 */
export abstract class Calculator<P extends CalculatorProps, S extends CalculatorViewState = CalculatorViewState> extends DraftTool<P, CalculatorDraft, S> {
	protected abstract readonly variant: 'full' | 'compact';
	protected readonly example: CalculatorState;
	private readonly exampleQuery: string;

	constructor(props: P, formShown: boolean) {
		super(props);
		this.example = exampleState(props.t.exampleNames);
		this.exampleQuery = encodeState(this.example);
		// The first render is the example, as on the server, so hydration reuses the server's HTML.
		this.state = {
			draft: draftFromState(this.example, props.locale),
			edited: false,
			announcement: '',
			share: { status: '', manualLink: '' },
			formShown,
		} as S;
	}

	protected editTop = (field: TopField) => (text: string) => this.update((current) => ({ ...current, [field]: editNumber(current[field], text, field) }));

	/** Above everything: the tool page's message about a shared link. */
	protected renderTop(): ComponentChild {
		return null;
	}

	/** After the store's refund rate: the tool page's monthly growth. */
	protected renderStoreExtra(_draft: CalculatorDraft): ComponentChild {
		return null;
	}

	/** Inside each quote: the tool page's tiers and guarantee. */
	protected renderQuoteTerms(_quote: QuoteDraft, _id: string): ComponentChild {
		return null;
	}

	/** Under the answer: the compact calculator's link to the tool page. */
	protected renderUnderAnswer(_figures: Figures): ComponentChild {
		return null;
	}

	/** Below the form and the answer: the tool page's analysis. */
	protected renderBelow(_figures: Figures): ComponentChild {
		return null;
	}

	override render({ locale, t, id, headingLevel }: P, { draft, announcement, formShown }: S) {
		const speech = { locale, t };
		const H2 = headingTag(headingLevel);
		const state = stateFromDraft(draft);
		const query = encodeState(state);
		const contract = evaluateContract(state);
		const regions = cheapestRegions(state.quotes, state.refundRate);
		const sentences = resultSentences(locale, t, state, contract, summarize(state.monthlyGmv, contract, regions), regions);
		this.summaryText = joinSentences(sentences, t);
		const figures: Figures = { draft, state, contract, query };
		const quoteId = (index: number) => `${id}-q${index}`;
		const addQuote = () => this.update((current) => ({ ...current, quotes: [...current.quotes, newQuoteDraft()] }), `${quoteId(draft.quotes.length)}-name`);
		const removeQuote = (key: number) =>
			this.update((current) => ({ ...current, quotes: current.quotes.filter((quote) => quote.key !== key) }), `${id}-add-quote`);
		const editTop = this.editTop;

		return (
			<div class={`fc fc--${this.variant}`}>
				{this.renderTop()}
				{query === this.exampleQuery && <p class="fc-example">{t.exampleNote}</p>}

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
								{this.renderStoreExtra(draft)}
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
										terms={this.renderQuoteTerms(quote, quoteId(index))}
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
						{this.renderUnderAnswer(figures)}
					</section>
				</div>

				{this.renderBelow(figures)}
				<p class="visually-hidden" aria-live="polite">
					{announcement}
				</p>
			</div>
		);
	}
}
