import type { CalculatorState, ContractResult } from '../../../lib/fees/types';
import type { FeeCalculatorStrings } from '../../../i18n/tools/fee-calculator';
import { formatAmount, formatMoneyInProse } from '../../../lib/format/money';
import { formatPercent } from '../../../lib/format/percent';
import { fill } from '../../../lib/format/template';
import { TableWrap } from './TableWrap';
import { quoteLabel, seriesClass, type Speech } from './context';

interface Props extends Speech<Pick<FeeCalculatorStrings, 'results'>> {
	state: CalculatorState;
	contract: ContractResult;
}

/** Each quote's monthly cost, contract total and effective rate, cheapest marked in words as well as style. */
export function ResultsTable({ state, contract, locale, t }: Props) {
	const growing = state.monthlyGrowth !== 0;
	const caption = fill(t.results.caption, { gmv: formatMoneyInProse(state.monthlyGmv, locale), months: state.months });
	return (
		<TableWrap label={caption}>
			<table class="fc-table fc-results">
				<caption>{caption}</caption>
				<thead>
					<tr>
						<th scope="col">{t.results.quote}</th>
						<th scope="col">{growing ? t.results.firstMonthGrowth : t.results.firstMonth}</th>
						<th scope="col">{t.results.total}</th>
						<th scope="col">{t.results.effective}</th>
					</tr>
				</thead>
				<tbody>
					{contract.quotes.map((cost, index) => {
						const cheapest = contract.cheapest.includes(index) && state.quotes.length > 1;
						return (
							<tr key={index} class={cheapest ? 'fc-cheapest' : undefined}>
								<th scope="row">
									<span class={`fc-swatch ${seriesClass(index)}`} aria-hidden="true" />
									{quoteLabel(state.quotes[index] ?? { name: '' }, index, t)}
									{cheapest && (
										<>
											{' '}
											<span class="fc-badge">{t.results.cheapest}</span>
										</>
									)}
								</th>
								<td>{formatAmount(cost.firstMonthCost, locale)}</td>
								<td>{formatAmount(cost.totalCost, locale)}</td>
								<td>{cost.effectiveRate === null ? '—' : formatPercent(cost.effectiveRate, locale)}</td>
							</tr>
						);
					})}
				</tbody>
			</table>
		</TableWrap>
	);
}
