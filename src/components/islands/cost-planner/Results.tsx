import { planAnswer } from '../../../lib/cost-planner/sentences';
import type { PlannerInputs, PlanResult, QuotePlan } from '../../../lib/cost-planner/types';
import { formatMoneyInProse } from '../../../lib/format/money';
import { formatPercent } from '../../../lib/format/percent';
import { fill } from '../../../lib/text/template';
import type { Speech } from './context';

/** A quote's name as the reader sees it: its own, or "Quote 2". */
export function quoteName(inputs: PlannerInputs, index: number | null, t: Speech['t']): string {
	if (index === null) return '—';
	const name = inputs.agency.quotes[index]?.name.trim();
	return name || fill(t.fields.defaultName, { n: index + 1 });
}

/** The plan in plain words, in the reader's language (the model's sentence). */
export function planSentence({ locale, t }: Speech, inputs: PlannerInputs, plan: QuotePlan): string {
	const name = inputs.agency.quotes.length > 1 ? quoteName(inputs, plan.quote, t) : undefined;
	return planAnswer(locale, t.answer, plan, { marginPct: inputs.economics.grossMarginPct, months: inputs.months, ...(name === undefined ? {} : { name }) });
}

export interface ResultsProps extends Speech {
	id: string;
	inputs: PlannerInputs;
	result: PlanResult;
	selected: number;
}

/** One figure: its name, the figure large, and a line under it. `figure` tags the full results' figures for tests and print. */
const item = (name: string, value: string, figure?: string, hint?: string) => (
	<div>
		<dt>{name}</dt>
		<dd data-figure={figure}>{value}</dd>
		{hint && <dd class="fc-hint">{hint}</dd>}
	</div>
);

/** Peak cash, break-even sales and break-even month: the figures both the answer at the top and the full results lead with. */
function keyFigures({ result, selected, locale, t }: Omit<ResultsProps, 'inputs' | 'id'>, tagged: boolean) {
	const plan = result.plans[selected] ?? result.plans[0]!;
	const words = t.results;
	const money = (value: number) => formatMoneyInProse(value, locale);
	const tag = (name: string) => (tagged ? name : undefined);
	return {
		plan,
		money,
		peak: item(
			words.peakCash,
			money(plan.peakCash.amount),
			tag('peak'),
			plan.peakCash.month === null ? words.peakNever : fill(words.peakMonth, { month: plan.peakCash.month }),
		),
		breakEven: [
			item(words.breakEvenGmv, plan.breakEvenGmv === null ? words.breakEvenNone : money(plan.breakEvenGmv), tag('break-even-gmv')),
			item(words.breakEvenMonth, plan.breakEvenMonth === null ? words.notWithin : fill(words.monthN, { month: plan.breakEvenMonth }), tag('break-even-month')),
		],
	};
}

/**
 * The answer: the sentence, then the figures that matter, large and aligned: peak cash and
 * its month with the refundable part apart, break-even sales and month, the years' totals,
 * and the all-in take rate split by who is paid. The years' totals and every quote's
 * break-even follow in Totals (loaded once the island wakes).
 */
export function Results(props: ResultsProps) {
	const { inputs, locale, t } = props;
	const { plan, money, peak, breakEven } = keyFigures(props, true);
	const words = t.results;
	const pct = (value: number) => formatPercent(value, locale, 1);
	const take = plan.takeRate;
	return (
		<>
			<div class="fc-summary">
				<p>{planSentence({ locale, t }, inputs, plan)}</p>
			</div>
			<dl class="cp-figures">
				{peak}
				{item(words.refundable, money(plan.peakCash.tiedUp), 'refundable', words.refundableNote)}
				{item(words.spent, money(plan.peakCash.spent), 'spent')}
				{breakEven}
				{take &&
					item(
						words.takeRate,
						pct(take.allIn),
						'take-rate',
						(['platform', 'agency', 'marketing'] as const).map((payee) => `${words.payee[payee]} ${pct(take.byPayee[payee])}`).join(' · '),
					)}
			</dl>
		</>
	);
}

/**
 * The answer at the top of the planner on a phone, before the inputs (and in that order in the
 * page, so screen readers meet it first too): the plain sentence, peak cash, break-even sales
 * and month; the full results below then do not repeat the sentence. Wide screens show the full
 * results beside the form instead, and hide this; so does print, which leads with the full results.
 */
export function Glance(props: Omit<ResultsProps, 'inputs'> & { sentence: string }) {
	const { id, t, sentence } = props;
	const { peak, breakEven } = keyFigures(props, false);
	return (
		<section class="cp-glance" aria-labelledby={`${id}-glance`}>
			<h2 id={`${id}-glance`}>{t.results.glance}</h2>
			<p class="cp-glance-answer">{sentence}</p>
			<dl class="cp-glance-figures">
				{peak}
				{breakEven}
			</dl>
			<p>
				<a href={`#${id}-results`}>{t.results.allResults}</a>
			</p>
		</section>
	);
}
