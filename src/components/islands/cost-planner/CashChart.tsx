import type { QuotePlan } from '../../../lib/cost-planner/types';
import { formatMoneyCompact, formatMoneyInProse } from '../../../lib/format/money';
import { fill } from '../../../lib/text/template';
import { axisTicks } from '../../../lib/chart/ticks';
import { ChartFrame } from '../shared/ChartFrame';
import type { FullSpeech } from './context';

interface Props extends FullSpeech {
	id: string;
	plan: QuotePlan;
	name: string;
}

const plot = { width: 640, height: 300, left: 110, right: 620, top: 24, bottom: 260 };

/**
 * The store's cumulative cash, month by month, with the zero line: where it dips is the cash
 * to find, where it crosses back is the payback. One line, so no colour carries meaning; the
 * month-by-month table holds the same figures.
 */
export function CashChart({ id, plan, name, locale, t }: Props) {
	const values = plan.rows.map((row) => row.cumulativeCash);
	const months = values.length;
	const low = Math.min(0, ...values);
	const ticks = axisTicks(low, Math.max(...values));
	const bottom = ticks[0]!;
	const top = ticks.at(-1)!;
	const x = (month: number) => plot.left + ((month - 1) / Math.max(1, months - 1)) * (plot.right - plot.left);
	const y = (value: number) => plot.bottom - ((value - bottom) / (top - bottom)) * (plot.bottom - plot.top);
	const money = (value: number) => formatMoneyInProse(value, locale);
	return (
		<ChartFrame
			id={id}
			plot={plot}
			title={fill(t.chart.title, { name, months })}
			description={fill(t.chart.description, { first: money(values[0] ?? 0), last: money(values.at(-1) ?? 0), months, peak: money(low) })}
			yTicks={ticks.map((value) => ({ at: y(value), label: formatMoneyCompact(value, locale), lineClass: value === 0 ? 'cp-zero' : undefined }))}
			// Every month up to a year; beyond that every third month, and the last.
			xTicks={plan.rows.flatMap((row, index) =>
				index % (months > 12 ? 3 : 1) === 0 || row.month === months ? [{ at: x(row.month), label: row.month, minor: index % 2 === 1 }] : [],
			)}
		>
			<polyline class="fc-line fc-series-1" points={values.map((value, index) => `${x(index + 1).toFixed(1)},${y(value).toFixed(1)}`).join(' ')} />
			{plan.peakCash.month !== null && <circle class="fc-marker" cx={x(plan.peakCash.month)} cy={y(low)} r="6" />}
		</ChartFrame>
	);
}
