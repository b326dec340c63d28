/**
 * The planner's optional extras, loaded when their section is first opened (or when a link
 * brings them): the software fee's small-store rebate tiers, a rate the user types to see the
 * answer in another currency too, and that answer. Each box keeps the text as typed; a problem
 * shows beside its box in the reader's language and the results keep the last usable value.
 */
import { Component, type ComponentChildren } from 'preact';
import { checkExchange, checkTiers, exchangeText, inCurrency, localDay, type Entry, type ExchangeText, type TierText } from '../../../lib/cost-planner/entry';
import { maxRebateTiers } from '../../../lib/cost-planner/limits';
import type { ExchangeRate, PlannerInputs, QuotePlan, RebateTier } from '../../../lib/cost-planner/types';
import { locales } from '../../../lib/locale';
import { formatAmount } from '../../../lib/format/money';
import { formatInputNumber } from '../../../lib/format/number';
import { fill } from '../../../lib/text/template';
import type { FieldError, NumberDraft } from '../../../lib/fees/draft';
import { NumberField } from '../shared/NumberField';
import { joinSentences, type FullSpeech, type PlannerWords, type Speech } from './context';
import { allWords } from './words';

interface TextBoxProps extends FullSpeech {
	id: string;
	label: string;
	hint: string;
	text: string;
	entry: Entry<string | null>;
	/** What the results use while the box has a problem; `null` = nothing. */
	still: string | null;
	short?: boolean;
	onInput: (text: string) => void;
}

/**
 * A labelled box for letters or a day (the currency, the day a rate was read): the number
 * fields' look and wording (islands/shared/NumberField), without their number handling.
 */
function TextBox({ id, label, hint, text, entry, still, short, onInput, t }: TextBoxProps) {
	const error = entry.ok
		? ''
		: joinSentences([t.extras.errors[entry.problem as TextProblem], still === null ? t.errors.stillUsingNone : fill(t.errors.stillUsing, { value: still })], t);
	return (
		<div class={`fc-field${error ? ' fc-field--invalid' : ''}`}>
			<label for={id}>{label}</label>
			<p class="fc-hint" id={`${id}-hint`}>
				{hint}
			</p>
			<div class="fc-input">
				<input
					id={id}
					type="text"
					autoComplete="off"
					spellcheck={false}
					class={short ? 'fc-short cp-text' : 'cp-text'}
					value={text}
					aria-invalid={error ? 'true' : undefined}
					aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
					onInput={(event) => onInput(event.currentTarget.value)}
				/>
			</div>
			{error && (
				<p class="fc-error" id={`${id}-error`}>
					{error}
				</p>
			)}
		</div>
	);
}

type TextProblem = 'not-a-currency' | 'currency-cny' | 'not-a-date' | 'future-date';

/** A checked number as the shared number field shows it; `value` is what the results still use. */
function draftOf(text: string, entry: Entry<number | null>, value: number | null): NumberDraft {
	return { text, value, error: entry.ok ? null : ({ code: entry.problem, ...(entry.limit === undefined ? {} : { limit: entry.limit }) } as FieldError) };
}

/** The shared field's words, with the extras' own problems (a repeated tier limit) among them. */
const fieldWords = (t: PlannerWords) => ({ ...t, errors: { ...t.errors, ...t.extras.errors } }) as PlannerWords;

/**
 * The day a rate was read, as readers write days (`1 December 2026`, `2026年12月1日`). Not the
 * facts' formatter: that one is bundled with the page's first load, and only this part needs it.
 */
const longDay = (day: string, locale: Speech['locale']) =>
	new Intl.DateTimeFormat(locales[locale].intl, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

interface RebateProps extends Speech {
	id: string;
	tiers: readonly RebateTier[];
	onChange: (tiers: RebateTier[]) => void;
	/** Where the (missing) 2026 tiers would come from: the fact's line. */
	note: ComponentChildren;
}

interface Row extends TierText {
	key: number;
}

let nextRow = 1;
const rowsOf = (tiers: readonly RebateTier[], locale: Speech['locale']): Row[] =>
	tiers.map((tier) => ({ key: nextRow++, upTo: formatInputNumber(tier.upToAnnualGmv, locale), pct: formatInputNumber(tier.rebatePct, locale) }));

/** The rebate tiers: yearly GMV up to a limit → a share of the software fee back. */
export class RebateEditor extends Component<RebateProps, { rows: Row[] }> {
	private focusNext: string | null = null;

	constructor(props: RebateProps) {
		super(props);
		this.state = { rows: rowsOf(props.tiers, props.locale) };
	}

	/** Tiers that arrive from elsewhere (a link read after the editor opened) replace the rows. */
	override componentDidUpdate() {
		if (!same(checkTiers(this.state.rows).tiers, this.props.tiers)) this.setState({ rows: rowsOf(this.props.tiers, this.props.locale) });
		if (this.focusNext) {
			document.getElementById(this.focusNext)?.focus();
			this.focusNext = null;
		}
	}

	private change(rows: Row[], focus?: string) {
		if (focus) this.focusNext = focus;
		this.setState({ rows });
		this.props.onChange(checkTiers(rows).tiers);
	}

	override render({ id, locale, note, t: words }: RebateProps, { rows }: { rows: Row[] }) {
		const t = allWords(words, locale);
		const w = t.extras.rebate;
		const fieldT = fieldWords(t);
		const { checks } = checkTiers(rows);
		const edit = (index: number, key: 'upTo' | 'pct') => (text: string) => this.change(rows.map((row, at) => (at === index ? { ...row, [key]: text } : row)));
		return (
			<div class="cp-extra">
				<p class="fc-hint">{w.intro}</p>
				<p class="fc-hint cp-note">{note}</p>
				<p class="fc-hint">{rows.length === 0 ? w.none : w.rule}</p>
				{rows.map((row, index) => {
					const check = checks[index]!;
					const n = index + 1;
					return (
						<fieldset key={row.key} class="cp-tier">
							<legend>{fill(w.tier, { n })}</legend>
							<div class="fc-row">
								<NumberField
									locale={locale}
									t={fieldT}
									id={`${id}-tier${index}-upto`}
									label={w.upTo}
									unit={t.units.money}
									field={draftOf(row.upTo, check.upTo, null)}
									onInput={edit(index, 'upTo')}
								/>
								<NumberField
									locale={locale}
									t={fieldT}
									id={`${id}-tier${index}-pct`}
									label={w.pct}
									unit={t.units.percent}
									field={draftOf(row.pct, check.pct, null)}
									short
									onInput={edit(index, 'pct')}
								/>
							</div>
							<button
								type="button"
								class="button button--secondary fc-small fc-remove"
								onClick={() =>
									this.change(
										rows.filter((each) => each.key !== row.key),
										rows.length > 1 ? `${id}-tier${Math.max(0, index - 1)}-upto` : `${id}-add-tier`,
									)
								}
							>
								{fill(w.remove, { n })}
							</button>
						</fieldset>
					);
				})}
				{rows.length < maxRebateTiers && (
					<button
						type="button"
						id={`${id}-add-tier`}
						class="button button--secondary"
						onClick={() => this.change([...rows, { key: nextRow++, upTo: '', pct: '' }], `${id}-tier${rows.length}-upto`)}
					>
						{w.add}
					</button>
				)}
			</div>
		);
	}
}

interface FxProps extends Speech {
	id: string;
	exchange: ExchangeRate | undefined;
	onChange: (exchange: ExchangeRate | undefined) => void;
}

const textOf = (exchange: ExchangeRate | undefined, locale: Speech['locale']) => exchangeText(exchange, (value) => formatInputNumber(value, locale));

/** The rate the user typed: currency, yuan per unit, and the day they read it. */
export class FxEditor extends Component<FxProps, { text: ExchangeText }> {
	constructor(props: FxProps) {
		super(props);
		this.state = { text: textOf(props.exchange, props.locale) };
	}

	private check(text: ExchangeText, previous: ExchangeRate | undefined) {
		return checkExchange(text, localDay(new Date()), previous);
	}

	/** A rate that arrives from elsewhere (a link read after the editor opened) replaces the text. */
	override componentDidUpdate() {
		if (!same(this.check(this.state.text, this.props.exchange).exchange, this.props.exchange))
			this.setState({ text: textOf(this.props.exchange, this.props.locale) });
	}

	override render({ id, locale, exchange, onChange, t: words }: FxProps, { text }: { text: ExchangeText }) {
		const t = allWords(words, locale);
		const w = t.extras.fx;
		const checked = this.check(text, exchange);
		const edit = (key: keyof ExchangeText) => (value: string) => {
			const next = { ...text, [key]: value };
			this.setState({ text: next });
			onChange(this.check(next, exchange).exchange);
		};
		const box = { locale, t };
		return (
			<div class="cp-extra">
				<p class="fc-hint">{w.intro}</p>
				<div class="fc-row">
					<TextBox
						{...box}
						id={`${id}-fx-currency`}
						label={w.currency}
						hint={w.currencyHint}
						text={text.currency}
						entry={checked.currency}
						still={exchange?.currency ?? null}
						short
						onInput={edit('currency')}
					/>
					<NumberField
						locale={locale}
						t={t}
						id={`${id}-fx-rate`}
						label={w.rate}
						unit={t.units.money}
						field={draftOf(text.rate, checked.rate, exchange?.cnyPerUnit ?? null)}
						short
						onInput={edit('rate')}
					/>
				</div>
				<TextBox
					{...box}
					id={`${id}-fx-date`}
					label={w.date}
					hint={w.dateHint}
					text={text.date}
					entry={checked.date}
					still={exchange?.date ?? null}
					onInput={edit('date')}
				/>
			</div>
		);
	}
}

interface FiguresProps extends Speech {
	id: string;
	exchange: ExchangeRate;
	plan: QuotePlan;
}

/** The answer's main figures in the other currency, with the rate and its day named. */
export function FxFigures({ id, exchange, plan, locale, t: words }: FiguresProps) {
	const t = allWords(words, locale);
	const w = t.extras.fx;
	const money = (cny: number) => `${formatAmount(inCurrency(cny, exchange), locale)} ${exchange.currency}`;
	const rate = formatInputNumber(exchange.cnyPerUnit, locale);
	const basis = exchange.date
		? fill(w.basis, { currency: exchange.currency, rate, date: longDay(exchange.date, locale) })
		: fill(w.basisUndated, { currency: exchange.currency, rate });
	const r = t.results;
	const rows: Array<[string, string, number]> = [
		[r.peakCash, 'peak', plan.peakCash.amount],
		[r.spent, 'spent', plan.peakCash.spent],
		...(plan.breakEvenGmv === null ? [] : [[r.breakEvenGmv, 'break-even-gmv', plan.breakEvenGmv] as [string, string, number]]),
		...plan.years.flatMap((year): Array<[string, string, number]> => [
			[fill(w.yearItem, { year: fill(r.year, { n: year.year }), item: r.yearGmv }), `year${year.year}-gmv`, year.gmv],
			[fill(w.yearItem, { year: fill(r.year, { n: year.year }), item: r.yearContribution }), `year${year.year}-contribution`, year.contribution],
		]),
	];
	return (
		<section class="cp-fx" aria-labelledby={`${id}-fx-heading`}>
			<h3 id={`${id}-fx-heading`}>{fill(w.heading, { currency: exchange.currency })}</h3>
			<p class="fc-hint">{basis}</p>
			<dl class="cp-fx-list">
				{rows.map(([label, key, cny]) => (
					<div key={key}>
						<dt>{label}</dt>
						<dd data-fx={key}>{money(cny)}</dd>
					</div>
				))}
			</dl>
		</section>
	);
}

interface ExtraProps extends Speech {
	id: string;
	part: 'rebate' | 'fx';
	/** The model part of the planner's draft, where the tiers and the rate live. */
	rest: PlannerInputs;
	onRest: (change: (rest: PlannerInputs) => PlannerInputs) => void;
	/** The rebate fact's source line. */
	note: ComponentChildren;
}

/** One optional section's editor, wired to the planner's draft (the island itself stays small). */
export function Extra({ part, rest, onRest, note, ...props }: ExtraProps) {
	return part === 'rebate' ? (
		<RebateEditor
			{...props}
			tiers={rest.platform.softwareRebate}
			note={note}
			onChange={(softwareRebate) => onRest((current) => ({ ...current, platform: { ...current.platform, softwareRebate } }))}
		/>
	) : (
		<FxEditor
			{...props}
			exchange={rest.exchange}
			onChange={(exchange) => onRest(({ exchange: _, ...current }) => (exchange ? { ...current, exchange } : current))}
		/>
	);
}
