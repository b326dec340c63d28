import type { FeeCalculatorStrings } from '../../../i18n/tools/fee-calculator';
import type { SensitivityScenario } from '../../../lib/fees/sensitivity';
import type { CalculatorState } from '../../../lib/fees/types';
import { formatAmount, formatMoneyCompact } from '../../../lib/format/money';
import { formatPercent } from '../../../lib/format/percent';
import { fill } from '../../../lib/format/template';
import { quoteLabel, type Speech } from './context';
import { DataTable } from './DataTable';
import { CheapestBadge } from './ResultsTable';

interface Props extends Speech<Pick<FeeCalculatorStrings, 'sensitivity'> & { results: Pick<FeeCalculatorStrings['results'], 'quote'> }> {
	state: CalculatorState;
	scenarios: SensitivityScenario[];
}

/** Monthly cost (and effective rate) per quote when sales land at 50%, 100% and 150% of the forecast. */
export function SensitivityTable({ state, scenarios, locale, t }: Props) {
	const compared = state.quotes.length > 1;
	return (
		<DataTable
			caption={t.sensitivity.caption}
			columns={[
				t.results.quote,
				...scenarios.map((scenario) =>
					fill(t.sensitivity.column, {
						share: formatPercent(scenario.factor * 100, locale, 0),
						gmv: formatMoneyCompact(state.monthlyGmv * scenario.factor, locale),
					}),
				),
			]}
			rows={state.quotes.map((quote, index) => ({
				head: quoteLabel(quote, index, t),
				cellClasses: scenarios.map(({ result }) => (compared && result.cheapest.includes(index) ? 'fc-cheapest' : undefined)),
				cells: scenarios.map(({ result }) => {
					const cost = result.quotes[index]!;
					return (
						<>
							{formatAmount(cost.firstMonthCost, locale)}
							{cost.effectiveRate !== null && <span class="fc-sub">{formatPercent(cost.effectiveRate, locale)}</span>}
							{compared && result.cheapest.includes(index) && <CheapestBadge text={t.sensitivity.cheapest} />}
						</>
					);
				}),
			}))}
		/>
	);
}
