import { formatAmount } from '../../../lib/format/money';
import { fill } from '../../../lib/text/template';
import { quoteName, type ResultsProps } from './Results';

/** The years' totals side by side, and for every quote its break-even sales, peak cash and break-even month. */
export function Totals({ inputs, result, selected, locale, t }: ResultsProps) {
	const plan = result.plans[selected] ?? result.plans[0]!;
	const words = t.results;
	const month = (value: number | null) => (value === null ? words.notWithin : fill(words.monthN, { month: value }));
	return (
		<>
			<section class="fc-table-wrap" aria-label={words.yearsCaption} tabIndex={0}>
				<table class="fc-table">
					<thead>
						<tr>
							<td />
							{plan.years.map((year) => (
								<th scope="col" key={year.year}>
									{fill(words.year, { n: year.year })}
								</th>
							))}
						</tr>
					</thead>
					<tbody>
						{(
							[
								[words.yearGmv, 'gmv'],
								[words.yearCosts, 'totalCosts'],
								[words.yearContribution, 'contribution'],
							] as const
						).map(([label, key]) => (
							<tr key={key}>
								<th scope="row">{label}</th>
								{plan.years.map((year) => (
									<td key={year.year}>{formatAmount(year[key], locale)}</td>
								))}
							</tr>
						))}
					</tbody>
				</table>
			</section>
			{result.plans.length > 1 && (
				<section class="fc-table-wrap" aria-label={words.quotesCaption} tabIndex={0}>
					<table class="fc-table">
						<thead>
							<tr>
								<th scope="col">{words.quoteColumn}</th>
								<th scope="col">{words.breakEvenGmv}</th>
								<th scope="col">{words.peakCash}</th>
								<th scope="col">{words.breakEvenMonth}</th>
							</tr>
						</thead>
						<tbody>
							{result.plans.map((each, index) => (
								<tr key={index} class={index === selected ? 'fc-cheapest' : undefined}>
									<th scope="row">{quoteName(inputs, each.quote, t)}</th>
									<td>{each.breakEvenGmv === null ? words.breakEvenNone : formatAmount(each.breakEvenGmv, locale)}</td>
									<td>{formatAmount(each.peakCash.amount, locale)}</td>
									<td>{month(each.breakEvenMonth)}</td>
								</tr>
							))}
						</tbody>
					</table>
				</section>
			)}
		</>
	);
}
