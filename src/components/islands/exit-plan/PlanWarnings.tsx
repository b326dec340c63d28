import type { ExitPlanStrings } from '../../../i18n/tools/exit-plan';
import type { Locale } from '../../../i18n/locales';
import { fill, plural } from '../../../lib/text/template';
import type { ExitPlan, PlanWarning } from '../../../lib/exit-plan/plan';

interface Props {
	locale: Locale;
	plan: ExitPlan;
	strings: ExitPlanStrings;
	noticeDays: number;
	formatDay: (isoDay: string) => string;
}

/** The plan's warnings as sentences, most urgent first, in the reader's language. */
export function PlanWarnings({ locale, plan, strings: t, noticeDays, formatDay }: Props) {
	if (plan.warnings.length === 0) return null;
	const w = t.warnings;
	const sentence = (warning: PlanWarning): string => {
		switch (warning.kind) {
			case 'notice-passed':
				return fill(w.noticePassed, { notice: formatDay(warning.noticeDate), days: noticeDays, earliest: formatDay(warning.earliestEnd) });
			case 'compressed':
				return plural(locale, w.compressed, warning.count);
			case 'agency-keeps-store':
				return w.agencyKeepsStore;
			case 'entity-before-notice':
				return fill(w.entityBeforeNotice, { apply: formatDay(warning.applyDate), notice: formatDay(warning.noticeDate) });
			case 'entity-too-late':
				return fill(w.entityTooLate, { apply: formatDay(warning.applyDate), earliest: formatDay(warning.earliestEnd) });
			case 'sales-event': {
				const main = fill(w.salesEvent, {
					event: w.eventNames[warning.event],
					from: formatDay(warning.from),
					to: formatDay(warning.to),
					after: formatDay(warning.moveAfter),
				});
				return warning.moveBefore ? `${main} ${fill(w.moveBefore, { before: formatDay(warning.moveBefore) })}` : main;
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
