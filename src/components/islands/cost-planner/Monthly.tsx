import type { QuotePlan } from '../../../lib/cost-planner/types';
import { CashChart } from './CashChart';
import type { Speech } from './context';
import { allWords } from './words';
import { MonthTable } from './MonthTable';

export { Assumptions } from './Assumptions';
export { Totals } from './Totals';

interface Props extends Speech {
	id: string;
	plan: QuotePlan;
	name: string;
}

/**
 * The month-by-month part: the cumulative-cash chart and the table that holds its figures.
 * Its code arrives when it is needed (CostPlanner's loadLater), so the page wakes without it;
 * the headline answer above it is in the page from the start.
 */
export function Monthly(props: Props) {
	const full = { ...props, t: allWords(props.t, props.locale) };
	return (
		<section class="fc-section cp-monthly" aria-labelledby={`${props.id}-months-heading`}>
			<h2 id={`${props.id}-months-heading`}>{full.t.table.heading}</h2>
			<CashChart {...full} />
			<MonthTable {...full} />
		</section>
	);
}
