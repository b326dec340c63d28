import type { FeeCalculatorStrings } from '../../../i18n/tools/fee-calculator';
import type { SensitivityScenario } from '../../../lib/fees/sensitivity';
import type { CalculatorState } from '../../../lib/fees/types';
import { formatAmount, formatMoneyCompact } from '../../../lib/format/money';
import { formatPercent } from '../../../lib/format/percent';
import { fill } from '../../../lib/text/template';
import { quoteLabel, type Speech } from './context';
import { DataTable } from './DataTable';
import { CheapestBadge } from './ResultsTable';

interface Props extends Speech<Pick<FeeCalculatorStrings, 'sensitivity'>> {
	state: CalculatorState;
	scenarios: SensitivityScenario[];
}

/**
 * Monthly cost and effective rate of each quote at several shares of the
 * forecast (one row each), cheapest marked. The rows span the chart's range,
 * so this table is also the chart's data in text form.
 */
export function SensitivityTable({ state, scenarios, locale, t }: Props) {
	const words = t.sensitivity;
	const compared = state.quotes.length > 1;
	return (
		<DataTable
			class="fc-levels"
			caption={words.caption}
			columns={[words.quote, ...state.quotes.map((quote, index) => quoteLabel(quote, index, t))]}
			rows={scenarios.map(({ factor, result }) => ({
				head: fill(words.row, { share: formatPercent(factor * 100, locale, 0), gmv: formatMoneyCompact(state.monthlyGmv * factor, locale) }),
				rowClass: factor === 1 ? 'fc-forecast-row' : undefined,
				cellClasses: result.quotes.map((_, index) => (compared && result.cheapest.includes(index) ? 'fc-cheapest' : undefined)),
				cells: result.quotes.map((cost, index) => (
					<>
						{formatAmount(cost.firstMonthCost, locale)}
						{cost.effectiveRate !== null && <span class="fc-sub">{formatPercent(cost.effectiveRate, locale)}</span>}
						{compared && result.cheapest.includes(index) && <CheapestBadge text={words.cheapest} />}
					</>
				)),
			}))}
		/>
	);
}
