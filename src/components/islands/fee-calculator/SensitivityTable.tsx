import type { SensitivityScenario } from '../../../lib/fees/sensitivity';
import type { CalculatorState } from '../../../lib/fees/types';
import type { FeeCalculatorStrings } from '../../../i18n/tools/fee-calculator';
import { formatAmount, formatMoneyCompact } from '../../../lib/format/money';
import { formatPercent } from '../../../lib/format/percent';
import { fill } from '../../../lib/format/template';
import { TableWrap } from './TableWrap';
import { quoteLabel, type Speech } from './context';

interface Props extends Speech<Pick<FeeCalculatorStrings, 'sensitivity'> & { results: Pick<FeeCalculatorStrings['results'], 'quote'> }> {
	state: CalculatorState;
	scenarios: SensitivityScenario[];
}

/** Monthly cost per quote when sales land at 50%, 100% and 150% of the forecast. */
export function SensitivityTable({ state, scenarios, locale, t }: Props) {
	return (
		<TableWrap label={t.sensitivity.caption}>
			<table class="fc-table">
				<caption>{t.sensitivity.caption}</caption>
				<thead>
					<tr>
						<th scope="col">{t.results.quote}</th>
						{scenarios.map((scenario) => (
							<th scope="col" key={scenario.factor}>
								{fill(t.sensitivity.column, {
									share: formatPercent(scenario.factor * 100, locale, 0),
									gmv: formatMoneyCompact(state.monthlyGmv * scenario.factor, locale),
								})}
							</th>
						))}
					</tr>
				</thead>
				<tbody>
					{state.quotes.map((quote, index) => (
						<tr key={index}>
							<th scope="row">{quoteLabel(quote, index, t)}</th>
							{scenarios.map(({ factor, result }) => {
								const cost = result.quotes[index];
								const cheapest = state.quotes.length > 1 && result.cheapest.includes(index);
								return (
									<td key={factor} class={cheapest ? 'fc-cheapest' : undefined}>
										{cost ? formatAmount(cost.firstMonthCost, locale) : ''}
										{cost?.effectiveRate != null && <span class="fc-sub">{formatPercent(cost.effectiveRate, locale)}</span>}
										{cheapest && (
											<>
												{' '}
												<span class="fc-badge">{t.sensitivity.cheapest}</span>
											</>
										)}
									</td>
								);
							})}
						</tr>
					))}
				</tbody>
			</table>
		</TableWrap>
	);
}
