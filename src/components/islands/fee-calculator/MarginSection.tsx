import type { CalculatorDraft } from '../../../lib/fees/draft';
import type { MarginView } from '../../../lib/fees/margin';
import type { CalculatorState } from '../../../lib/fees/types';
import type { FeeCalculatorStrings } from '../../../i18n/tools/fee-calculator';
import { formatAmount } from '../../../lib/format/money';
import { DataTable } from './DataTable';
import { quoteLabel, type Speech } from './context';
import { NumberField } from '../shared/NumberField';

export type MarginField = 'grossMargin' | 'platformFeeRate' | 'inHouseMonthlyCost';

interface Props extends Speech<Pick<FeeCalculatorStrings, 'margin'>> {
	id: string;
	state: CalculatorState;
	view: MarginView | null;
	draft: CalculatorDraft;
	onInput: (field: MarginField, text: string) => void;
}

/** Money left after Tmall's fee and each way of running the store, with losses marked in words. */
export function MarginSection({ id, state, view, draft, onInput, locale, t }: Props) {
	const speech = { locale, t };
	const words = t.margin;
	const amount = (value: number) => (
		<>
			{formatAmount(value, locale)}
			{value < 0 && <span class="fc-loss"> ({words.loss})</span>}
		</>
	);
	const rows = view
		? [
				{ name: words.beforeOperator, left: view.beforeOperator },
				...view.afterQuotes.map((left, index) => ({ name: quoteLabel(state.quotes[index] ?? { name: '' }, index, t), left })),
				...(view.afterInHouse ? [{ name: words.inHouseRow, left: view.afterInHouse }] : []),
			]
		: [];
	return (
		<>
			<p>{words.intro}</p>
			<div class="fc-margin-fields">
				<NumberField
					{...speech}
					id={`${id}-margin`}
					label={words.grossMargin}
					hint={words.grossMarginHint}
					unit={t.units.percent}
					short
					field={draft.grossMargin}
					onInput={(text) => onInput('grossMargin', text)}
				/>
				<NumberField
					{...speech}
					id={`${id}-pfee`}
					label={words.platformFee}
					hint={words.platformFeeHint}
					unit={t.units.percent}
					short
					field={draft.platformFeeRate}
					onInput={(text) => onInput('platformFeeRate', text)}
				/>
				<NumberField
					{...speech}
					id={`${id}-inhouse`}
					label={words.inHouse}
					hint={words.inHouseHint}
					unit={t.units.money}
					field={draft.inHouseMonthlyCost}
					onInput={(text) => onInput('inHouseMonthlyCost', text)}
				/>
			</div>
			{view ? (
				<DataTable
					caption={words.caption}
					columns={[words.option, state.monthlyGrowth ? words.firstMonthGrowth : words.firstMonth, words.total]}
					rows={rows.map((row) => ({
						head: row.name,
						rowClass: row.left.total < 0 ? 'fc-negative' : undefined,
						cells: [amount(row.left.firstMonth), amount(row.left.total)],
					}))}
				/>
			) : (
				<p class="fc-waiting">{words.waiting}</p>
			)}
		</>
	);
}
