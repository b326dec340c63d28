import type { ComponentChildren } from 'preact';

export interface TableRow {
	/** The row header (first column). */
	head: ComponentChildren;
	cells: ComponentChildren[];
	/** Class on the row (`fc-cheapest`, `fc-negative`). */
	rowClass?: string;
	/** Class per cell, for marking single cells. */
	cellClasses?: Array<string | undefined>;
}

interface Props {
	caption: string;
	/** Column headers, the row-header column first. */
	columns: ComponentChildren[];
	rows: TableRow[];
	class?: string;
}

/**
 * Every table of figures in the calculator: captioned, with row and column
 * headers, in a wrapper that scrolls sideways on a narrow screen. The wrapper
 * is a named, focusable region so keyboard users can scroll it too.
 */
export function DataTable({ caption, columns, rows, class: className }: Props) {
	return (
		<section class="fc-table-wrap" aria-label={caption} tabIndex={0}>
			<table class={`fc-table ${className ?? ''}`}>
				<caption>{caption}</caption>
				<thead>
					<tr>
						{columns.map((column, index) => (
							<th scope="col" key={index}>
								{column}
							</th>
						))}
					</tr>
				</thead>
				<tbody>
					{rows.map((row, index) => (
						<tr key={index} class={row.rowClass}>
							<th scope="row">{row.head}</th>
							{row.cells.map((cell, column) => (
								<td key={column} class={row.cellClasses?.[column]}>
									{cell}
								</td>
							))}
						</tr>
					))}
				</tbody>
			</table>
		</section>
	);
}
