import type { FeeCalculatorStrings } from '../../../i18n/tools/fee-calculator';
import { axisTicks } from '../../../lib/chart/ticks';
import { costLine } from '../../../lib/fees/chart';
import { monthlyCost } from '../../../lib/fees/monthly-cost';
import type { QuotePair } from '../../../lib/fees/pairs';
import type { CalculatorState } from '../../../lib/fees/types';
import { formatList } from '../../../lib/format/list';
import { formatMoney, formatMoneyCompact } from '../../../lib/format/money';
import { fill } from '../../../lib/text/template';
import { ChartFrame } from '../shared/ChartFrame';
import { quoteLabel, seriesClass, type Speech } from './context';

interface Props extends Speech<Pick<FeeCalculatorStrings, 'chart'>> {
	id: string;
	state: CalculatorState;
	pairs: QuotePair[];
}

/*
 * A fixed drawing area, scaled to the box. Text stays readable at any width
 * because fee-calculator.css sets its size per screen width (larger units on
 * a phone, where the drawing shrinks) and caps the box's width on wide screens.
 */
const plot = { width: 640, height: 336, left: 120, right: 612, top: 40, bottom: 266 };

/** Dash patterns that tell lines apart without relying on colour; the legend keys in fee-calculator.css copy them. */
const seriesDashes = ['', '9 5', '2 4', '12 4 2 4', '5 3 1 3'];

/**
 * Monthly cost against monthly GMV, 0 to twice the forecast, one line per
 * quote (colour and dash pattern), break-evens circled. The sensitivity
 * table below holds its figures for anyone who cannot see the lines.
 */
export function CostChart({ id, state, pairs, locale, t }: Props) {
	const maxGmv = state.monthlyGmv > 0 ? state.monthlyGmv * 2 : 1_000_000;
	const lines = state.quotes.map((quote) => costLine(quote, state.refundRate, maxGmv));
	const topCost = Math.max(1, ...lines.map((line) => line.at(-1)?.[1] ?? 0));
	const yTicks = axisTicks(0, topCost);
	const yMax = yTicks.at(-1) ?? topCost;

	const x = (gmv: number) => plot.left + (gmv / maxGmv) * (plot.right - plot.left);
	const y = (cost: number) => plot.bottom - (cost / yMax) * (plot.bottom - plot.top);

	const labels = state.quotes.map((quote, index) => quoteLabel(quote, index, t));
	const markers = pairs.flatMap((pair) =>
		pair.meetings.flatMap((meeting) =>
			meeting.kind === 'point' && meeting.gmv <= maxGmv ? [{ gmv: meeting.gmv, cost: monthlyCost(meeting.gmv, state.quotes[pair.a]!, state.refundRate) }] : [],
		),
	);

	return (
		<ChartFrame
			id={id}
			plot={plot}
			title={fill(t.chart.title, { max: formatMoney(maxGmv, locale) })}
			description={fill(t.chart.description, { names: formatList(labels, locale) })}
			yTicks={yTicks.map((tick) => ({ at: y(tick), label: formatMoneyCompact(tick, locale) }))}
			// The last label ends at the plot's edge rather than spilling past it; every other label hides on a phone.
			xTicks={axisTicks(0, maxGmv)
				.filter((tick) => tick <= maxGmv)
				.map((tick, index) => ({
					at: x(tick),
					label: formatMoneyCompact(tick, locale),
					minor: index % 2 === 1,
					anchor: x(tick) > plot.right - 30 ? 'end' : 'middle',
				}))}
			legend={
				// The legend is for the eye; the chart's description and the table below carry the same to screen readers.
				<ul class="fc-legend" aria-hidden="true">
					{labels.map((name, index) => (
						<li key={index}>
							<span class={`fc-key ${seriesClass(index)}`} aria-hidden="true" />
							{name}
						</li>
					))}
				</ul>
			}
		>
			<text class="fc-axis-title" x={plot.left} y={plot.top - 12}>
				{t.chart.yAxis}
			</text>
			<text class="fc-axis-title" x={plot.right} y={plot.bottom} dy="2.6em" text-anchor="end">
				{t.chart.xAxis}
			</text>
			<g class="fc-forecast">
				<line x1={x(state.monthlyGmv)} x2={x(state.monthlyGmv)} y1={plot.top} y2={plot.bottom} />
				<text x={x(state.monthlyGmv) + 6} y={plot.top} dy="1em">
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
				<circle key={index} class="fc-marker" cx={x(marker.gmv)} cy={y(marker.cost)} r="6" />
			))}
		</ChartFrame>
	);
}
