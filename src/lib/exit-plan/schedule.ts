/**
 * When each step of an exit happens, relative to the contract's end. The
 * words for each step live in content/exit-plan/<locale>.json under the same
 * ids; this table is the timing, shared by both languages.
 */

export type RegisteredTo = 'merchant' | 'agency';
export type Takeover = 'in-house' | 'new-agency';

export interface PlanConditions {
	readonly takeover?: Takeover;
	readonly entityChange?: boolean;
}

export interface ScheduledStep {
	readonly id: string;
	/** `notice`: counted from the day notice is given; `end`: from the contract's last day. */
	readonly anchor: 'notice' | 'end';
	readonly offset: number;
	/** Entity-change steps run on their own clock and may come before notice. */
	readonly entity?: boolean;
	readonly when?: PlanConditions;
	/** Shown in the calendar file. Every step is a milestone unless it says otherwise. */
	readonly milestone?: boolean;
}

/**
 * Store entity change (店铺主体变更) on Tmall, in calendar days. A law firm's
 * summary of Tmall's 2018 rule gives about 7 + 3 working days of review, a
 * 15-day public notice, and completion within about 30 days. These are this
 * guide's estimates from that summary: the plan says so and asks the merchant
 * to confirm them with Tmall.
 */
export const entityDurations = {
	/** Documents gathered before applying. */
	prepare: 7,
	/** About 10 working days of review, as calendar days. */
	review: 14,
	/** Public notice. */
	publicNotice: 15,
	/** Margin between the change taking effect and the contract's end. */
	buffer: 5,
} as const;

/** Days from applying until the change is done: review, then public notice, then a day to take effect. */
export const entityTotalDays = entityDurations.review + entityDurations.publicNotice + 1;

const applyOffset = -(entityTotalDays + entityDurations.buffer);

export const scheduledSteps: readonly ScheduledStep[] = [
	{ id: 'entity-prepare', anchor: 'end', offset: applyOffset - entityDurations.prepare, entity: true, when: { entityChange: true } },
	{ id: 'entity-apply', anchor: 'end', offset: applyOffset, entity: true, when: { entityChange: true } },
	{
		id: 'entity-review',
		anchor: 'end',
		offset: applyOffset + entityDurations.review,
		entity: true,
		when: { entityChange: true },
	},
	{
		id: 'entity-done',
		anchor: 'end',
		offset: applyOffset + entityTotalDays,
		entity: true,
		when: { entityChange: true },
	},
	{ id: 'give-notice', anchor: 'notice', offset: 0 },
	{ id: 'freeze-content', anchor: 'notice', offset: 1 },
	{ id: 'decide-campaigns', anchor: 'notice', offset: 3 },
	{ id: 'inhouse-team', anchor: 'end', offset: -21, when: { takeover: 'in-house' } },
	{ id: 'new-agency-contract', anchor: 'end', offset: -21, when: { takeover: 'new-agency' } },
	{ id: 'export-content', anchor: 'end', offset: -14 },
	{ id: 'export-data', anchor: 'end', offset: -10 },
	{ id: 'take-over-ads', anchor: 'end', offset: -7 },
	{ id: 'reconcile', anchor: 'end', offset: -3 },
	{ id: 'rotate-accounts', anchor: 'end', offset: 0 },
	{ id: 'end-registration', anchor: 'end', offset: 0 },
	{ id: 'sign-handover', anchor: 'end', offset: 0 },
	{ id: 'new-agency-start', anchor: 'end', offset: 1, when: { takeover: 'new-agency' } },
	{ id: 'final-settlement', anchor: 'end', offset: 30 },
];

export const scheduledStepIds: readonly string[] = scheduledSteps.map((step) => step.id);

/**
 * Tmall's two biggest sales events, as windows wide enough to hold their
 * presale and after-sales peak in recent years: 618 (main days 1–18 June,
 * presale from late May) and Double 11 (presale from mid or late October to
 * 11 November). Tmall sets the dates each year; a handover in these weeks
 * competes with the busiest days of the store.
 */
export const salesEvents = [
	{ id: '618', start: { month: 5, day: 20 }, end: { month: 6, day: 20 } },
	{ id: 'double-11', start: { month: 10, day: 10 }, end: { month: 11, day: 15 } },
] as const;

export type SalesEventId = (typeof salesEvents)[number]['id'];
