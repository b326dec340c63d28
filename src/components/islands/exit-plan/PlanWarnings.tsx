import type { ExitPlanStrings } from '../../../i18n/tools/exit-plan';
import { fill as fillTemplate } from '../../../lib/text/template';
import type { ExitPlan, PlanWarning } from '../../../lib/exit-plan/plan';

interface Props {
	plan: ExitPlan;
	strings: ExitPlanStrings;
	noticeDays: number;
	formatDay: (isoDay: string) => string;
}

/** The plan's warnings as sentences, most urgent first, in the reader's language. */
export function PlanWarnings({ plan, strings: t, noticeDays, formatDay }: Props) {
	if (plan.warnings.length === 0) return null;
	const w = t.warnings;
	const sentence = (warning: PlanWarning): string => {
		switch (warning.kind) {
			case 'notice-passed':
				return fillTemplate(w.noticePassed, { notice: formatDay(warning.noticeDate), days: noticeDays, earliest: formatDay(warning.earliestEnd) });
			case 'compressed':
				return fillTemplate(w.compressed, { count: warning.count });
			case 'agency-keeps-store':
				return w.agencyKeepsStore;
			case 'entity-before-notice':
				return fillTemplate(w.entityBeforeNotice, { apply: formatDay(warning.applyDate), notice: formatDay(warning.noticeDate) });
			case 'entity-too-late':
				return fillTemplate(w.entityTooLate, { apply: formatDay(warning.applyDate), earliest: formatDay(warning.earliestEnd) });
			case 'sales-event': {
				const main = fillTemplate(w.salesEvent, {
					event: w.eventNames[warning.event],
					from: formatDay(warning.from),
					to: formatDay(warning.to),
					after: formatDay(warning.moveAfter),
				});
				return warning.moveBefore ? `${main} ${fillTemplate(w.moveBefore, { before: formatDay(warning.moveBefore) })}` : main;
			}
		}
	};
	return (
		<div class="xp-warnings">
			<h3>{t.warningsHeading}</h3>
			<ul>
				{plan.warnings.map((warning) => (
					<li key={`${warning.kind}-${'event' in warning ? warning.event + warning.from : ''}`} data-warning={warning.kind}>
						{sentence(warning)}
					</li>
				))}
			</ul>
		</div>
	);
}
