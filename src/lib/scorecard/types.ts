import type { DefaultCriterionId } from './criteria';

/** A score on the 1–5 scale. An unscored cell has no entry at all, never 0. */
export type Score = 1 | 2 | 3 | 4 | 5;

export interface DefaultCriterion {
	kind: 'default';
	id: DefaultCriterionId;
	/** Points from 0 to 100 with at most two decimals; 0 leaves the criterion out. */
	weight: number;
}

export interface CustomCriterion {
	kind: 'custom';
	/** `custom-1`, `custom-2`, …: stable while the criterion exists. */
	id: string;
	/** Plain text the user typed; may be empty until they name it. */
	label: string;
	weight: number;
}

export type Criterion = DefaultCriterion | CustomCriterion;

export interface Agency {
	/** `a1` … : a key for the interface, not shown and not shared. */
	id: string;
	/** Plain text; empty means "use the placeholder name" (Agency A, …). */
	name: string;
	/** Criterion id → score. A missing key means "not scored yet". */
	scores: Partial<Record<string, Score>>;
}

export interface ScorecardState {
	/** The seven default criteria in their fixed order, then custom ones. */
	criteria: Criterion[];
	agencies: Agency[];
}

/**
 * Something a saved state or a shared link contained that could not be used.
 * The interface counts these by kind and tells the user what was reset.
 */
export type IssueKind =
	/** Nothing could be read at all (not JSON, wrong shape). */
	| 'unreadable'
	/** Written by a newer or unknown version of the tool. */
	| 'unsupported-version'
	/** A weight that was not a number from 0 to 100; the default was used. */
	| 'weight-reset'
	/** A custom criterion that could not be read or exceeded the limit. */
	| 'criterion-dropped'
	/** A score that was not a whole number from 1 to 5; the cell is unscored. */
	| 'score-dropped'
	/** An agency beyond the limit of five. */
	| 'agency-dropped'
	/** A name with control characters removed or cut to length. */
	| 'name-cleaned'
	/** A link parameter this version does not know, or a repeated one. */
	| 'parameter-ignored';

export interface Issue {
	kind: IssueKind;
}

export type IssueCounts = Partial<Record<IssueKind, number>>;

export function countIssues(issues: readonly Issue[]): IssueCounts {
	const counts: IssueCounts = {};
	for (const { kind } of issues) counts[kind] = (counts[kind] ?? 0) + 1;
	return counts;
}
