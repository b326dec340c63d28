import type { PlannerInputs } from '../../../lib/cost-planner/types';
import { formatInputNumber } from '../../../lib/format/number';
import type { Speech } from './context';
import { quoteName } from './Results';
import { allWords } from './words';

interface Props extends Speech {
	inputs: PlannerInputs;
}

/**
 * What the plan assumes, as a compact two-column table for the printout (the form itself does
 * not print): after the answer and the break-evens, before the monthly table. Screen readers
 * and screens skip it; the form says the same thing there.
 */
export function Assumptions({ inputs, locale, t }: Props) {
	const full = allWords(t, locale);
	const f = full.fields;
	const u = full.units;
	const n = (value: number) => formatInputNumber(value, locale);
	const with_ = (value: number, unit: string) => (unit === '%' ? `${n(value)}%` : `${n(value)} ${unit}`);
	const { sales, platform, marketing, operations } = inputs;
	const rows: [string, string][] = [
		[
			full.groups.channel,
			[inputs.channel === 'tmall' ? f.tmall : f.global, f[inputs.storeType], f[inputs.trademark], inputs.months === 24 ? f.months24 : f.months12].join(' · '),
		],
		sales.ramp?.length
			? [full.ramp.legend, sales.ramp.map(n).join(' · ')]
			: [`${f.firstMonthGmv} · ${f.monthlyGrowthPct}`, `${with_(sales.firstMonthGmv, u.money)} · ${with_(sales.monthlyGrowthPct, u.percent)}`],
		[`${f.refundRatePct} · ${f.averageOrderValue}`, `${with_(sales.refundRatePct, u.percent)} · ${with_(sales.averageOrderValue, u.money)}`],
		[f.grossMarginPct, with_(inputs.economics.grossMarginPct, u.percent)],
		[f.depositCny, with_(platform.depositCny, u.money)],
		[
			`${f.commissionPct} · ${f.softwareFeePct} · ${f.pointsPct} · ${f.paymentFeePct}`,
			[platform.commissionPct, platform.softwareFeePct, platform.pointsPct, platform.paymentFeePct].map((value) => with_(value, u.percent)).join(' · '),
		],
		[f.annualFee, platform.annualFeeApplies ? with_(platform.annualFeeCny, u.money) : f.annualNo],
		...(platform.global
			? ([
					[
						`${f.bondedDepositCny} · ${f.taxPrepaymentCny}`,
						`${with_(platform.global.bondedDepositCny, u.money)} · ${with_(platform.global.taxPrepaymentCny, u.money)}`,
					],
					[`${f.crossBorderTaxPct} · ${f.taxPaidBy}`, `${with_(platform.global.crossBorderTaxPct, u.percent)} · ${f[platform.global.taxPaidBy]}`],
				] as [string, string][])
			: []),
		[f.adValue[marketing.mode], with_(marketing.value, marketing.mode === 'monthly' ? u.perMonth : marketing.mode === 'share-of-gmv' ? u.percent : u.roas)],
		[
			`${f.creatorSharePct} · ${f.creatorCommissionPct}`,
			`${with_(marketing.creatorSharePct, u.percent)} · ${with_(marketing.creatorCommissionPct, u.percent)}`,
		],
		[f.campaignFeesPerMonth, with_(marketing.campaignFeesPerMonth, u.perMonth)],
		[
			`${f.fulfilmentPerOrder} · ${f.returnsHandlingPerReturn}`,
			`${with_(operations.fulfilmentPerOrder, u.perOrder)} · ${with_(operations.returnsHandlingPerReturn, u.perOrder)}`,
		],
		[
			`${f.customerServicePerMonth} · ${f.contentPerMonth} · ${f.samplesPerMonth}`,
			[operations.customerServicePerMonth, operations.contentPerMonth, operations.samplesPerMonth].map((value) => with_(value, u.perMonth)).join(' · '),
		],
		...inputs.agency.quotes.map(
			(quote, index) =>
				[
					quoteName(inputs, index, t),
					[
						with_(quote.monthlyFee, u.perMonth),
						`${f.rate} ${with_(quote.rate, u.percent)} (${quote.base === 'gmv' ? f.baseGmv : f.baseNet})`,
						...(quote.setupFeeCny > 0 ? [`${f.setupFeeCny} ${with_(quote.setupFeeCny, u.money)}`] : []),
					].join(' · '),
				] as [string, string],
		),
	];
	return (
		<table class="fc-table cp-assumptions">
			<caption>{full.table.assumptions}</caption>
			<tbody>
				{rows.map(([label, value]) => (
					<tr key={label}>
						<th scope="row">{label}</th>
						<td>{value}</td>
					</tr>
				))}
			</tbody>
		</table>
	);
}
