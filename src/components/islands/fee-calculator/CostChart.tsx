import type { FeeCalculatorStrings } from '../../../i18n/tools/fee-calculator';
import { costLine, niceTicks } from '../../../lib/fees/chart';
import { monthlyCost } from '../../../lib/fees/monthly-cost';
import type { QuotePair } from '../../../lib/fees/pairs';
import type { CalculatorState } from '../../../lib/fees/types';
import { formatList } from '../../../lib/format/list';
import { formatAmount, formatMoney, formatMoneyCompact } from '../../../lib/format/money';
import { fillTemplate as fill } from '../../../i18n/ui';
import { quoteLabel, seriesClass, seriesDashes, type Speech } from './context';

interface Props extends Speech<Pick<FeeCalculatorStrings, 'chart'>> {
	id: string;
	state: CalculatorState;
	pairs: QuotePair[];
	/** The chart box's width in CSS pixels. */
	width: number;
}

/**
 * Monthly cost against monthly GMV, 0 to twice the forecast, one line per
 * quote (colour and dash pattern), break-evens circled. The SVG is drawn at
 * the width it is shown at (the island measures its box), so its text stays
 * readable on a phone; the sensitivity table below holds its figures for
 * anyone who cannot see the lines.
 */
export function CostChart({ id, state, pairs, width, locale, t }: Props) {
	const maxGmv = state.monthlyGmv > 0 ? state.monthlyGmv * 2 : 1_000_000;
	const lines = state.quotes.map((quote) => costLine(quote, state.refundRate, maxGmv));
	const topCost = Math.max(1, ...lines.map((line) => line.at(-1)?.[1] ?? 0));
	const xTicks = niceTicks(maxGmv, width < 480 ? 3 : 5).filter((tick) => tick <= maxGmv);
	const yTicks = niceTicks(topCost, 4);
	const yMax = yTicks.at(-1) ?? topCost;

	const height = Math.round(Math.min(380, Math.max(240, width * 0.55)));
	const left = 16 + Math.max(...yTicks.map((tick) => formatMoneyCompact(tick, locale).length)) * 7.5;
	const plot = { left, right: width - 20, top: 30, bottom: height - 40 };
	const x = (gmv: number) => plot.left + (gmv / maxGmv) * (plot.right - plot.left);
	const y = (cost: number) => plot.bottom - (cost / yMax) * (plot.bottom - plot.top);

	const labels = state.quotes.map((quote, index) => quoteLabel(quote, index, t));
	const markers = pairs.flatMap((pair) =>
		pair.meetings.flatMap((meeting) =>
			meeting.kind === 'point' && meeting.gmv <= maxGmv ? [{ gmv: meeting.gmv, cost: monthlyCost(meeting.gmv, state.quotes[pair.a]!, state.refundRate) }] : [],
		),
	);
	const maxText = formatMoney(maxGmv, locale);

	return (
		<figure class="fc-chart">
			<ul class="fc-legend" aria-label={t.chart.legend}>
				{labels.map((name, index) => (
					<li key={index}>
						<span class={`fc-key ${seriesClass(index)}`} aria-hidden="true" />
						{name}
					</li>
				))}
			</ul>
			<div class="fc-chart__box" id={`${id}-chart-box`}>
				<svg
					role="img"
					aria-labelledby={`${id}-chart-title`}
					aria-describedby={`${id}-chart-desc`}
					viewBox={`0 0 ${width} ${height}`}
					width={width}
					height={height}
				>
					<title id={`${id}-chart-title`}>{fill(t.chart.title, { max: maxText })}</title>
					<desc id={`${id}-chart-desc`}>{fill(t.chart.description, { names: formatList(labels, locale) })}</desc>
					<g class="fc-grid">
						{yTicks.map((tick) => (
							<g key={tick}>
								<line x1={plot.left} x2={plot.right} y1={y(tick)} y2={y(tick)} />
								<text x={plot.left - 6} y={y(tick) + 4} text-anchor="end">
									{formatMoneyCompact(tick, locale)}
								</text>
							</g>
						))}
						{xTicks.map((tick) => (
							// The last label ends at the plot's edge rather than spilling past it.
							<text key={tick} x={x(tick)} y={plot.bottom + 18} text-anchor={x(tick) > plot.right - 30 ? 'end' : 'middle'}>
								{formatMoneyCompact(tick, locale)}
							</text>
						))}
					</g>
					<text class="fc-axis-title" x={plot.left} y={16}>
						{t.chart.yAxis}
					</text>
					<text class="fc-axis-title" x={plot.right} y={height - 4} text-anchor="end">
						{t.chart.xAxis}
					</text>
					<g class="fc-forecast">
						<line x1={x(state.monthlyGmv)} x2={x(state.monthlyGmv)} y1={plot.top} y2={plot.bottom} />
						<text x={x(state.monthlyGmv) + 4} y={plot.top + 12}>
							{t.chart.forecast}
						</text>
					</g>
					{lines.map((line, index) => (
						<polyline
							key={index}
							class={`fc-line ${seriesClass(index)}`}
							points={line.map(([gmv, cost]) => `${x(gmv).toFixed(1)},${y(cost).toFixed(1)}`).join(' ')}
							stroke-dasharray={seriesDashes[index % 5]}
						/>
					))}
					{markers.map((marker, index) => (
						<circle key={index} class="fc-marker" cx={x(marker.gmv)} cy={y(marker.cost)} r="5" />
					))}
				</svg>
			</div>
		</figure>
	);
}
