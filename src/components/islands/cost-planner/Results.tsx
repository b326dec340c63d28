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

/**
 * The answer: the sentence, then the figures that matter, large and aligned: peak cash and
 * its month with the refundable part apart, break-even sales and month, the years' totals,
 * and the all-in take rate split by who is paid. The years' totals and every quote's
 * break-even follow in Totals (loaded once the island wakes).
 */
export function Results({ inputs, result, selected, locale, t }: ResultsProps) {
	const plan = result.plans[selected] ?? result.plans[0]!;
	const words = t.results;
	const money = (value: number) => formatMoneyInProse(value, locale);
	const pct = (value: number) => formatPercent(value, locale, 1);
	const month = (value: number | null) => (value === null ? words.notWithin : fill(words.monthN, { month: value }));
	const take = plan.takeRate;
	return (
		<>
			<div class="fc-summary">
				<p>{planSentence({ locale, t }, inputs, plan)}</p>
			</div>
			<dl class="cp-figures">
				<div>
					<dt>{words.peakCash}</dt>
					<dd data-figure="peak">{money(plan.peakCash.amount)}</dd>
					<dd class="fc-hint">{plan.peakCash.month === null ? words.peakNever : fill(words.peakMonth, { month: plan.peakCash.month })}</dd>
				</div>
				<div>
					<dt>{words.refundable}</dt>
					<dd data-figure="refundable">{money(plan.peakCash.tiedUp)}</dd>
					<dd class="fc-hint">{words.refundableNote}</dd>
				</div>
				<div>
					<dt>{words.spent}</dt>
					<dd data-figure="spent">{money(plan.peakCash.spent)}</dd>
				</div>
				<div>
					<dt>{words.breakEvenGmv}</dt>
					<dd data-figure="break-even-gmv">{plan.breakEvenGmv === null ? words.breakEvenNone : money(plan.breakEvenGmv)}</dd>
				</div>
				<div>
					<dt>{words.breakEvenMonth}</dt>
					<dd data-figure="break-even-month">{month(plan.breakEvenMonth)}</dd>
				</div>
				{take && (
					<div>
						<dt>{words.takeRate}</dt>
						<dd data-figure="take-rate">{pct(take.allIn)}</dd>
						<dd class="fc-hint">
							{(['platform', 'agency', 'marketing'] as const).map((payee) => `${words.payee[payee]} ${pct(take.byPayee[payee])}`).join(' · ')}
						</dd>
					</div>
				)}
			</dl>
		</>
	);
}
