import { DEFAULT_CUSTOM_WEIGHT, MAX_AGENCIES, MAX_CUSTOM_CRITERIA, isDefaultCriterionId } from './criteria';
import { cleanPlainText, defaultCriteria, defaultState, finaliseText, isScore, isValidWeight, roundWeight } from './state';
import type { Agency, Criterion, Issue, ScorecardState } from './types';

/*
 * The scorecard is kept in localStorage as versioned JSON. Whatever is found
 * there is read field by field: a bad weight falls back to its default, a bad
 * score leaves its cell unscored, and each repair is reported, so corrupt or
 * hand-edited data never breaks the tool and never silently disappears.
 */

/** Same naming as the checklist's key; one key for both languages, since criterion ids are shared. */
export const STORAGE_KEY = 'tmall-guide:scorecard';
export const STORAGE_VERSION = 1;

interface StoredCriterion {
	id: string;
	weight: number;
	label?: string;
}

interface StoredAgency {
	name: string;
	scores: Record<string, number>;
}

interface StoredScorecard {
	version: typeof STORAGE_VERSION;
	criteria: StoredCriterion[];
	agencies: StoredAgency[];
}

export function serialiseState(state: ScorecardState): string {
	const clean = finaliseText(state);
	const stored: StoredScorecard = {
		version: STORAGE_VERSION,
		criteria: clean.criteria.map((criterion) =>
			criterion.kind === 'custom'
				? { id: criterion.id, weight: criterion.weight, label: criterion.label }
				: { id: criterion.id, weight: criterion.weight },
		),
		agencies: clean.agencies.map((agency) => ({ name: agency.name, scores: { ...agency.scores } as Record<string, number> })),
	};
	return JSON.stringify(stored);
}

export interface Recovery {
	state: ScorecardState;
	issues: Issue[];
	/** False when nothing was stored, so there is nothing to tell the user. */
	found: boolean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const CUSTOM_ID = /^custom-[1-9]\d{0,2}$/;

function recoverCriteria(stored: unknown, issues: Issue[]): Criterion[] {
	const criteria = defaultCriteria();
	if (stored === undefined) return criteria;
	if (!Array.isArray(stored)) {
		issues.push({ kind: 'weight-reset' });
		return criteria;
	}
	const seen = new Set<string>();
	for (const entry of stored) {
		const id = isRecord(entry) ? entry.id : undefined;
		if (!isRecord(entry) || typeof id !== 'string' || seen.has(id)) {
			issues.push({ kind: 'criterion-dropped' });
			continue;
		}
		seen.add(id);
		const weight = entry.weight;
		const validWeight = isValidWeight(weight) ? roundWeight(weight) : undefined;
		if (isDefaultCriterionId(id)) {
			const criterion = criteria.find((candidate) => candidate.id === id);
			if (criterion && validWeight !== undefined) criterion.weight = validWeight;
			else issues.push({ kind: 'weight-reset' });
			continue;
		}
		const customCount = criteria.filter((criterion) => criterion.kind === 'custom').length;
		if (!CUSTOM_ID.test(id) || customCount >= MAX_CUSTOM_CRITERIA) {
			issues.push({ kind: 'criterion-dropped' });
			continue;
		}
		const label = cleanPlainText(entry.label);
		if (label.changed) issues.push({ kind: 'name-cleaned' });
		if (validWeight === undefined) issues.push({ kind: 'weight-reset' });
		criteria.push({ kind: 'custom', id, label: label.value, weight: validWeight ?? DEFAULT_CUSTOM_WEIGHT });
	}
	return criteria;
}

function recoverAgencies(stored: unknown, criteria: readonly Criterion[], issues: Issue[]): Agency[] {
	if (!Array.isArray(stored)) {
		if (stored !== undefined) issues.push({ kind: 'agency-dropped' });
		return [];
	}
	const criterionIds = new Set(criteria.map((criterion) => criterion.id));
	const agencies: Agency[] = [];
	for (const entry of stored) {
		if (!isRecord(entry) || agencies.length >= MAX_AGENCIES) {
			issues.push({ kind: 'agency-dropped' });
			continue;
		}
		const name = cleanPlainText(entry.name);
		if (name.changed) issues.push({ kind: 'name-cleaned' });
		const scores: Agency['scores'] = {};
		if (isRecord(entry.scores)) {
			for (const [criterionId, score] of Object.entries(entry.scores)) {
				if (criterionIds.has(criterionId) && isScore(score)) scores[criterionId] = score;
				else issues.push({ kind: 'score-dropped' });
			}
		} else if (entry.scores !== undefined) {
			issues.push({ kind: 'score-dropped' });
		}
		agencies.push({ id: `a${agencies.length + 1}`, name: name.value, scores });
	}
	return agencies;
}

/** Reads whatever `localStorage` held (or `null`) into a usable state. Never throws. */
export function recoverState(raw: string | null): Recovery {
	if (raw === null) return { state: defaultState(), issues: [], found: false };
	let parsed: unknown;
	try {
		parsed = JSON.parse(raw);
	} catch {
		return { state: defaultState(), issues: [{ kind: 'unreadable' }], found: true };
	}
	if (!isRecord(parsed)) return { state: defaultState(), issues: [{ kind: 'unreadable' }], found: true };
	if (parsed.version !== STORAGE_VERSION) {
		return { state: defaultState(), issues: [{ kind: 'unsupported-version' }], found: true };
	}
	const issues: Issue[] = [];
	const criteria = recoverCriteria(parsed.criteria, issues);
	const agencies = recoverAgencies(parsed.agencies, criteria, issues);
	// A scorecard needs somewhere to type; an empty list gets the starting agencies.
	return {
		state: { criteria, agencies: agencies.length ? agencies : defaultState().agencies },
		issues,
		found: true,
	};
}

/** The part of `window.localStorage` the scorecard uses; tests pass a fake. */
export interface KeyValueStore {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
}

export type LoadOutcome = Recovery & {
	/** False when the browser refuses storage (private mode, blocked, full). */
	available: boolean;
};

/** Reads the saved scorecard. Never throws, whatever the browser does. */
export function loadScorecard(store: KeyValueStore | undefined): LoadOutcome {
	let raw: string | null;
	try {
		if (!store) return { ...recoverState(null), available: false };
		raw = store.getItem(STORAGE_KEY);
	} catch {
		return { ...recoverState(null), available: false };
	}
	return { ...recoverState(raw), available: true };
}

/** Saves the scorecard; false when the browser would not store it. */
export function saveScorecard(store: KeyValueStore | undefined, state: ScorecardState): boolean {
	try {
		if (!store) return false;
		store.setItem(STORAGE_KEY, serialiseState(state));
		return true;
	} catch {
		return false;
	}
}

export function clearScorecard(store: KeyValueStore | undefined): void {
	try {
		store?.removeItem(STORAGE_KEY);
	} catch {
		// Nothing to do: a browser that refuses storage has nothing saved either.
	}
}
