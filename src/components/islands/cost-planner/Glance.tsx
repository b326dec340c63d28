import { formatMoneyInProse } from '../../../lib/format/money';
import { fill } from '../../../lib/text/template';
import type { ResultsProps } from './Results';

/**
 * The answer at the top of the planner on a phone, before the inputs (and in that order in the
 * page, so screen readers meet it first too): peak cash, break-even sales and month, and the
 * plain sentence, which then is not repeated lower down. Wide screens show the full results
 * beside the form instead, and hide this; so does print, which leads with the full results.
 */
export function Glance({ id, result, selected, locale, t, sentence }: Omit<ResultsProps, 'inputs'> & { sentence: string }) {
	const plan = result.plans[selected] ?? result.plans[0]!;
	const words = t.results;
	const money = (value: number) => formatMoneyInProse(value, locale);
	return (
		<section class="cp-glance" aria-labelledby={`${id}-glance`}>
			<h2 id={`${id}-glance`}>{words.glance}</h2>
			<p class="cp-glance-answer">{sentence}</p>
			<dl class="cp-figures">
				<div>
					<dt>{words.peakCash}</dt>
					<dd>{money(plan.peakCash.amount)}</dd>
					<dd class="fc-hint">{plan.peakCash.month === null ? words.peakNever : fill(words.peakMonth, { month: plan.peakCash.month })}</dd>
				</div>
				<div>
					<dt>{words.breakEvenGmv}</dt>
					<dd>{plan.breakEvenGmv === null ? words.breakEvenNone : money(plan.breakEvenGmv)}</dd>
					<dd class="fc-hint">
						{words.breakEvenMonth}
						{t.spacedSentences ? ': ' : '：'}
						{plan.breakEvenMonth === null ? words.notWithin : fill(words.monthN, { month: plan.breakEvenMonth })}
					</dd>
				</div>
			</dl>
			<p>
				<a href={`#${id}-results`}>{words.allResults}</a>
			</p>
		</section>
	);
}
