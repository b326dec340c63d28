import { addDays, daysBetween, dayNumber, isoDayFromNumber } from './dates';
import type { ExitInputs } from './inputs';
import { entityTotalDays, entityDurations, salesEvents, scheduledSteps, type SalesEventId, type ScheduledStep } from './schedule';

export interface PlannedStep {
	readonly id: string;
	readonly date: string;
	/** Moved later than its usual place because the notice period is short. */
	readonly compressed: boolean;
	readonly entity: boolean;
}

export type PlanWarning =
	/** Date mode: the day notice must be given has passed. `earliestEnd` keeps the full notice from today. */
	| { kind: 'notice-passed'; noticeDate: string; earliestEnd: string }
	/** Notice is too short for the usual steps; some were moved up to the notice date. */
	| { kind: 'compressed'; count: number }
	/** The store is the agency's and will not change entity: the merchant would not get it back. */
	| { kind: 'agency-keeps-store' }
	/** The entity change must start before notice is given. */
	| { kind: 'entity-before-notice'; applyDate: string; noticeDate: string }
	/** The entity change cannot fit before the end date any more. */
	| { kind: 'entity-too-late'; applyDate: string; earliestEnd: string }
	/** The handover weeks overlap a big sales event. */
	| {
			kind: 'sales-event';
			event: SalesEventId;
			from: string;
			to: string;
			/** An end date that keeps the whole handover after the event. */
			moveAfter: string;
			/** An end date that finishes the handover before the event, when there is still time. */
			moveBefore?: string;
	  };

export interface ExitPlan {
	readonly noticeDate: string;
	readonly endDate: string;
	readonly steps: readonly PlannedStep[];
	readonly warnings: readonly PlanWarning[];
}

function applies(step: ScheduledStep, inputs: ExitInputs): boolean {
	const when = step.when;
	if (!when) return true;
	if (when.takeover !== undefined && when.takeover !== inputs.takeover) return false;
	if (when.entityChange !== undefined && when.entityChange !== inputs.entityChange) return false;
	return true;
}

/** The end date and notice date the inputs mean, with `today` for "switch now". */
export function keyDates(inputs: ExitInputs, today: string): { noticeDate: string; endDate: string } {
	if (inputs.mode === 'now') return { noticeDate: today, endDate: addDays(today, inputs.noticeDays) };
	return { noticeDate: addDays(inputs.endDate, -inputs.noticeDays), endDate: inputs.endDate };
}

/**
 * Builds the dated plan. Pure: `today` (the user's calendar day) is passed
 * in, so the same inputs always give the same plan.
 */
export function buildPlan(inputs: ExitInputs, today: string): ExitPlan {
	const { noticeDate, endDate } = keyDates(inputs, today);
	const steps: PlannedStep[] = [];
	let compressedCount = 0;
	for (const step of scheduledSteps) {
		if (!applies(step, inputs)) continue;
		let date = addDays(step.anchor === 'notice' ? noticeDate : endDate, step.offset);
		let compressed = false;
		if (!step.entity && step.id !== 'give-notice') {
			// A step can't come before notice is given, nor (if counted from notice) after the end.
			if (date < noticeDate) {
				date = noticeDate;
				compressed = true;
			} else if (step.anchor === 'notice' && date > endDate) {
				date = endDate;
				compressed = true;
			}
		}
		if (compressed) compressedCount += 1;
		steps.push({ id: step.id, date, compressed, entity: step.entity === true });
	}
	// Stable sort by date keeps the table's order for steps on the same day.
	const ordered = steps
		.map((step, index) => ({ step, index }))
		.sort((a, b) => (a.step.date < b.step.date ? -1 : a.step.date > b.step.date ? 1 : a.index - b.index))
		.map(({ step }) => step);

	const warnings: PlanWarning[] = [];
	if (inputs.mode === 'date' && noticeDate < today) {
		warnings.push({ kind: 'notice-passed', noticeDate, earliestEnd: addDays(today, inputs.noticeDays) });
	}
	if (compressedCount > 0) warnings.push({ kind: 'compressed', count: compressedCount });
	if (inputs.registeredTo === 'agency' && !inputs.entityChange) warnings.push({ kind: 'agency-keeps-store' });
	const apply = ordered.find((step) => step.id === 'entity-apply');
	if (apply) {
		if (apply.date < today) {
			warnings.push({
				kind: 'entity-too-late',
				applyDate: apply.date,
				earliestEnd: addDays(today, entityTotalDays + entityDurations.buffer),
			});
		} else if (apply.date < noticeDate) {
			warnings.push({ kind: 'entity-before-notice', applyDate: apply.date, noticeDate });
		}
	}
	warnings.push(...salesEventWarnings(ordered, endDate, today));
	return { noticeDate, endDate, steps: ordered, warnings };
}

/**
 * The handover weeks: from the first step that is not about the entity
 * change to the contract's last day. The final settlement a month later is
 * paperwork and does not count.
 */
function handoverSpan(steps: readonly PlannedStep[], endDate: string): { from: string; to: string } {
	const first = steps.find((step) => !step.entity && step.date <= endDate);
	return { from: first ? first.date : endDate, to: endDate };
}

function salesEventWarnings(steps: readonly PlannedStep[], endDate: string, today: string): PlanWarning[] {
	const span = handoverSpan(steps, endDate);
	const spanDays = daysBetween(span.from, span.to);
	const fromYear = Number(span.from.slice(0, 4));
	const toYear = Number(span.to.slice(0, 4));
	const warnings: PlanWarning[] = [];
	for (let year = fromYear; year <= toYear; year += 1) {
		for (const event of salesEvents) {
			const start = isoOf(year, event.start.month, event.start.day);
			const end = isoOf(year, event.end.month, event.end.day);
			if (start === undefined || end === undefined) continue;
			if (span.to < start || span.from > end) continue;
			const moveAfter = addDays(end, 1 + spanDays);
			const beforeCandidate = addDays(start, -1);
			// Finishing before the event only helps if the handover could still start on or after today.
			const moveBefore = addDays(beforeCandidate, -spanDays) >= today ? beforeCandidate : undefined;
			warnings.push({
				kind: 'sales-event',
				event: event.id,
				from: start,
				to: end,
				moveAfter,
				...(moveBefore ? { moveBefore } : {}),
			});
		}
	}
	return warnings;
}

function isoOf(year: number, month: number, day: number): string | undefined {
	const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
	return dayNumber(iso) === undefined ? undefined : isoDayFromNumber(dayNumber(iso)!);
}
