import type { ComponentChildren } from 'preact';

/** The drawing area inside the chart's fixed viewBox: the axes' labels sit outside it. */
export interface ChartPlot {
	width: number;
	height: number;
	left: number;
	right: number;
	top: number;
	bottom: number;
}

/** A labelled grid line across the plot (y), or a label under it (x). */
export interface ChartTick {
	/** Where it sits, in viewBox units. */
	at: number;
	label: string | number;
	/** Hidden on a phone, so labels do not crowd (`fc-minor`). */
	minor?: boolean;
	/** A class for the grid line (y only), such as the planner's zero line. */
	lineClass?: string;
	/** Where the label anchors (x only): `end` for the last label at the plot's edge. */
	anchor?: 'middle' | 'end';
}

interface Props {
	/** Prefix for the title's and description's ids. */
	id: string;
	plot: ChartPlot;
	title: string;
	/** What the chart shows, for screen readers; a table on the page holds the same figures. */
	description: string;
	yTicks: ChartTick[];
	xTicks: ChartTick[];
	/** Above the drawing, such as a legend. */
	legend?: ComponentChildren;
	/** The chart's own drawing: lines, markers, axis titles. */
	children: ComponentChildren;
}

/**
 * The frame both charts share (the fee calculator's costs, the planner's cash): a figure whose
 * SVG scales to its box, named by its title and described by its description, with the
 * value grid and its labels. fee-calculator.css styles it.
 */
export function ChartFrame({ id, plot, title, description, yTicks, xTicks, legend, children }: Props) {
	return (
		<figure class="fc-chart">
			{legend}
			<div class="fc-chart__box">
				<svg
					role="img"
					aria-labelledby={`${id}-chart-title`}
					aria-describedby={`${id}-chart-desc`}
					viewBox={`0 0 ${plot.width} ${plot.height}`}
					width={plot.width}
					height={plot.height}
				>
					<title id={`${id}-chart-title`}>{title}</title>
					<desc id={`${id}-chart-desc`}>{description}</desc>
					<g class="fc-grid">
						{yTicks.map((tick) => (
							<g key={tick.at}>
								<line x1={plot.left} x2={plot.right} y1={tick.at} y2={tick.at} class={tick.lineClass} />
								<text x={plot.left - 8} y={tick.at} dy="0.35em" text-anchor="end">
									{tick.label}
								</text>
							</g>
						))}
						{xTicks.map((tick) => (
							<text key={tick.at} class={tick.minor ? 'fc-minor' : undefined} x={tick.at} y={plot.bottom} dy="1.3em" text-anchor={tick.anchor ?? 'middle'}>
								{tick.label}
							</text>
						))}
					</g>
					{children}
				</svg>
			</div>
		</figure>
	);
}
