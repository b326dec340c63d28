import type { CostLine, QuotePlan } from '../../../lib/cost-planner/types';
import { payeeOf } from '../../../lib/cost-planner/plan';
import { formatAmount } from '../../../lib/format/money';
import { fill } from '../../../lib/text/template';
import type { FullSpeech } from './context';

type Column = 'platform' | 'agency' | 'marketing' | 'operations' | 'tax';

interface Props extends FullSpeech {
	plan: QuotePlan;
	name: string;
}

/**
 * Every month of the plan: sales, what each party is paid, the month's contribution and the
 * running cash position. It scrolls sideways inside its own labelled region on a narrow
 * screen, and is the chart's data for anyone who cannot see it.
 */
export function MonthTable({ plan, name, locale, t }: Props) {
	const words = t.table;
	const caption = fill(words.caption, { name });
	const showTax = plan.rows.some((row) => row.costs.crossBorderTax > 0);
	const columns: Column[] = ['platform', 'agency', 'marketing', 'operations', ...(showTax ? (['tax'] as const) : [])];
	const amount = (value: number) => formatAmount(value, locale);
	const byColumn = (costs: Record<CostLine, number>, column: Column) =>
		(Object.keys(costs) as CostLine[]).reduce((sum, line) => sum + (payeeOf[line] === column ? costs[line] : 0), 0);
	return (
		<section class="fc-table-wrap cp-months" aria-label={caption} tabIndex={0}>
			<table class="fc-table">
				<caption>{caption}</caption>
				<thead>
					<tr>
						<th scope="col">{words.month}</th>
						<th scope="col">{words.gmv}</th>
						<th scope="col">{words.netSales}</th>
						{columns.map((column) => (
							<th scope="col" key={column}>
								{words[column]}
							</th>
						))}
						<th scope="col">{words.contribution}</th>
						<th scope="col">{words.tiedUp}</th>
						<th scope="col">{words.cumulativeCash}</th>
					</tr>
				</thead>
				<tbody>
					{plan.rows.map((row) => (
						<tr key={row.month}>
							<th scope="row">{row.month}</th>
							<td>{amount(row.gmv)}</td>
							<td>{amount(row.netSales)}</td>
							{columns.map((column) => (
								<td key={column}>{amount(byColumn(row.costs, column))}</td>
							))}
							<td>{amount(row.contribution)}</td>
							<td>{amount(row.tiedUp)}</td>
							<td>{amount(row.cumulativeCash)}</td>
						</tr>
					))}
				</tbody>
			</table>
		</section>
	);
}
