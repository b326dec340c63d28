import type { QuotePlan } from '../../../lib/cost-planner/types';
import { formatMoneyCompact, formatMoneyInProse } from '../../../lib/format/money';
import { fill } from '../../../lib/text/template';
import { axisTicks } from '../../../lib/chart/ticks';
import type { FullSpeech } from './context';

interface Props extends FullSpeech {
	id: string;
	plan: QuotePlan;
	name: string;
}

const width = 640;
const height = 300;
const plot = { left: 110, right: 620, top: 24, bottom: 260 };

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
		<figure class="fc-chart">
			<div class="fc-chart__box">
				<svg
					role="img"
					aria-labelledby={`${id}-chart-title`}
					aria-describedby={`${id}-chart-desc`}
					viewBox={`0 0 ${width} ${height}`}
					width={width}
					height={height}
				>
					<title id={`${id}-chart-title`}>{fill(t.chart.title, { name, months })}</title>
					<desc id={`${id}-chart-desc`}>
						{fill(t.chart.description, { first: money(values[0] ?? 0), last: money(values.at(-1) ?? 0), months, peak: money(low) })}
					</desc>
					<g class="fc-grid">
						{ticks.map((value) => (
							<g key={value}>
								<line x1={plot.left} x2={plot.right} y1={y(value)} y2={y(value)} class={value === 0 ? 'cp-zero' : undefined} />
								<text x={plot.left - 8} y={y(value)} dy="0.35em" text-anchor="end">
									{formatMoneyCompact(value, locale)}
								</text>
							</g>
						))}
						{plan.rows.map((row, index) =>
							index % (months > 12 ? 3 : 1) === 0 || row.month === months ? (
								<text key={row.month} class={index % 2 ? 'fc-minor' : undefined} x={x(row.month)} y={plot.bottom} dy="1.3em" text-anchor="middle">
									{row.month}
								</text>
							) : null,
						)}
					</g>
					<polyline class="fc-line fc-series-1" points={values.map((value, index) => `${x(index + 1).toFixed(1)},${y(value).toFixed(1)}`).join(' ')} />
					{plan.peakCash.month !== null && <circle class="fc-marker" cx={x(plan.peakCash.month)} cy={y(low)} r="6" />}
				</svg>
			</div>
		</figure>
	);
}
