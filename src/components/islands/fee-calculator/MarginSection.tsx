import type { NumberDraft } from '../../../lib/fees/draft';
import type { MarginView } from '../../../lib/fees/margin';
import type { CalculatorState } from '../../../lib/fees/types';
import type { FeeCalculatorStrings } from '../../../i18n/tools/fee-calculator';
import { formatAmount } from '../../../lib/format/money';
import { TableWrap } from './TableWrap';
import { quoteLabel, type Speech } from './context';
import { NumberField } from './NumberField';

interface Props extends Speech<Pick<FeeCalculatorStrings, 'margin'>> {
	id: string;
	state: CalculatorState;
	view: MarginView | null;
	fields: { margin: NumberDraft; platformFee: NumberDraft; inHouse: NumberDraft };
	onInput: (field: 'margin' | 'platformFee' | 'inHouse', text: string) => void;
}

/** Money left after Tmall's fee and each way of running the store, with losses marked in words. */
export function MarginSection({ id, state, view, fields, onInput, locale, t }: Props) {
	const speech = { locale, t };
	const words = t.margin;
	const growing = state.monthlyGrowth !== 0;
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
				<NumberField {...speech} id={`${id}-margin`} label={words.grossMargin} hint={words.grossMarginHint} unit={t.units.percent} short field={fields.margin} onInput={(text) => onInput('margin', text)} />
				<NumberField {...speech} id={`${id}-pfee`} label={words.platformFee} hint={words.platformFeeHint} unit={t.units.percent} short field={fields.platformFee} onInput={(text) => onInput('platformFee', text)} />
				<NumberField {...speech} id={`${id}-inhouse`} label={words.inHouse} hint={words.inHouseHint} unit={t.units.money} field={fields.inHouse} onInput={(text) => onInput('inHouse', text)} />
			</div>
			{view ? (
				<TableWrap label={words.caption}>
					<table class="fc-table">
						<caption>{words.caption}</caption>
						<thead>
							<tr>
								<th scope="col">{words.option}</th>
								<th scope="col">{growing ? words.firstMonthGrowth : words.firstMonth}</th>
								<th scope="col">{words.total}</th>
							</tr>
						</thead>
						<tbody>
							{rows.map((row, index) => (
								<tr key={index} class={row.left.total < 0 ? 'fc-negative' : undefined}>
									<th scope="row">{row.name}</th>
									<td>{amount(row.left.firstMonth)}</td>
									<td>{amount(row.left.total)}</td>
								</tr>
							))}
						</tbody>
					</table>
				</TableWrap>
			) : (
				<p class="fc-waiting">{words.waiting}</p>
			)}
		</>
	);
}
