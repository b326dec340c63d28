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
import { FieldBox } from '../shared/NumberField';
import { joinSentences, type FullSpeech, type Speech } from './context';
import type { PlannerDraft } from './draft';
import { allWords } from './words';

interface BoxProps extends FullSpeech {
	id: string;
	label: string;
	hint?: string;
	unit?: string;
	text: string;
	entry: Entry<unknown>;
	/** What the results use while the box has a problem, as the reader sees it; empty = nothing. */
	still: string;
	short?: boolean;
	decimal?: boolean;
	onInput: (text: string) => void;
}

/** One labelled box with its problem right below it (the number fields' look and wording, from the shared FieldBox). */
function Box({ id, label, hint, unit, text, entry, still, short, decimal, onInput, locale, t }: BoxProps) {
	let error = '';
	if (!entry.ok) {
		const extra = t.extras.errors as Record<string, string>;
		const message =
			extra[entry.problem] ??
			fill((t.errors as Record<string, string>)[entry.problem] ?? t.errors.invalid, {
				limit: entry.limit === undefined ? '' : formatInputNumber(entry.limit, locale),
			});
		error = joinSentences([message, still ? fill(t.errors.stillUsing, { value: still }) : t.errors.stillUsingNone], t);
	}
	return (
		<FieldBox
			id={id}
			label={label}
			hint={hint}
			unit={unit}
			text={text}
			error={error}
			onInput={onInput}
			inputMode={decimal ? 'decimal' : undefined}
			inputClass={[short && 'fc-short', !decimal && 'cp-text'].filter(Boolean).join(' ') || undefined}
		/>
	);
}

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
								<Box
									locale={locale}
									t={t}
									id={`${id}-tier${index}-upto`}
									label={w.upTo}
									unit={t.units.money}
									text={row.upTo}
									entry={check.upTo}
									still=""
									decimal
									onInput={edit(index, 'upTo')}
								/>
								<Box
									locale={locale}
									t={t}
									id={`${id}-tier${index}-pct`}
									label={w.pct}
									unit={t.units.percent}
									text={row.pct}
									entry={check.pct}
									still=""
									short
									decimal
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
					<Box
						{...box}
						id={`${id}-fx-currency`}
						label={w.currency}
						hint={w.currencyHint}
						text={text.currency}
						entry={checked.currency}
						still={exchange?.currency ?? ''}
						short
						onInput={edit('currency')}
					/>
					<Box
						{...box}
						id={`${id}-fx-rate`}
						label={w.rate}
						unit={t.units.money}
						text={text.rate}
						entry={checked.rate}
						still={exchange ? `${formatInputNumber(exchange.cnyPerUnit, locale)} ${t.units.money}` : ''}
						short
						decimal
						onInput={edit('rate')}
					/>
				</div>
				<Box
					{...box}
					id={`${id}-fx-date`}
					label={w.date}
					hint={w.dateHint}
					text={text.date}
					entry={checked.date}
					still={exchange?.date ?? ''}
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
	/** Changes the draft; the tiers and the rate live in its model part (`rest`). */
	onDraft: (change: (draft: PlannerDraft) => PlannerDraft) => void;
	/** The rebate fact's source line. */
	note: ComponentChildren;
}

/** One optional section's editor, wired to the planner's draft (the island itself stays small). */
export function Extra({ part, rest, onDraft, note, ...props }: ExtraProps) {
	const onRest = (change: (rest: PlannerInputs) => PlannerInputs) => onDraft((draft) => ({ ...draft, rest: change(draft.rest) }));
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
