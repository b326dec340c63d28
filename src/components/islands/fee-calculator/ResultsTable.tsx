import type { FeeCalculatorStrings } from '../../../i18n/tools/fee-calculator';
import type { CalculatorState, ContractResult } from '../../../lib/fees/types';
import { formatAmount, formatMoneyInProse } from '../../../lib/format/money';
import { formatPercent } from '../../../lib/format/percent';
import { plural } from '../../../lib/text/template';
import { quoteLabel, seriesClass, type Speech } from './context';
import { DataTable } from './DataTable';

interface Props extends Speech<Pick<FeeCalculatorStrings, 'results'>> {
	state: CalculatorState;
	contract: ContractResult;
}

/** A "cheapest" label, so the mark is in words and not only in colour. */
export function CheapestBadge({ text }: { text: string }) {
	return (
		<>
			{' '}
			<span class="fc-badge">{text}</span>
		</>
	);
}

/** Each quote's monthly cost, contract total and effective rate. */
export function ResultsTable({ state, contract, locale, t }: Props) {
	const words = t.results;
	return (
		<DataTable
			class="fc-results"
			caption={plural(locale, words.caption, state.months, { gmv: formatMoneyInProse(state.monthlyGmv, locale) })}
			columns={[words.quote, state.monthlyGrowth ? words.firstMonthGrowth : words.firstMonth, words.total, words.effective]}
			rows={contract.quotes.map((cost, index) => {
				const cheapest = contract.cheapest.includes(index) && state.quotes.length > 1;
				return {
					rowClass: cheapest ? 'fc-cheapest' : undefined,
					head: (
						<>
							<span class={`fc-swatch ${seriesClass(index)}`} aria-hidden="true" />
							{quoteLabel(state.quotes[index] ?? { name: '' }, index, t)}
							{cheapest && <CheapestBadge text={words.cheapest} />}
						</>
					),
					cells: [
						formatAmount(cost.firstMonthCost, locale),
						formatAmount(cost.totalCost, locale),
						cost.effectiveRate === null ? '—' : formatPercent(cost.effectiveRate, locale),
					],
				};
			})}
		/>
	);
}
