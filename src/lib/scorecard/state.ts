import {
	DEFAULT_CRITERION_IDS,
	DEFAULT_CUSTOM_WEIGHT,
	DEFAULT_WEIGHTS,
	MAX_AGENCIES,
	MAX_CUSTOM_CRITERIA,
	MAX_NAME_LENGTH,
	MAX_WEIGHT,
	MIN_AGENCIES,
	STARTING_AGENCIES,
} from './criteria';
import { cleanText } from '../text/clean';
import type { Agency, Criterion, CustomCriterion, ScorecardState, Score } from './types';

/*
 * Pure updates of the scorecard state. The island calls these and never
 * mutates state itself, so the same rules (limits, clean names) apply to
 * typing, saved data and shared links alike.
 */

export interface CleanText {
	value: string;
	/** True when characters were removed or the text was cut, not for trimmed spaces. */
	changed: boolean;
}

/**
 * Makes user text safe to keep and show as plain text, with the one cleaning every tool
 * uses (`cleanText`): no invisible characters, no markup, at most `MAX_NAME_LENGTH`
 * characters. Spaces are kept while typing (`trim: false`) so "Agency " can become "Agency B".
 */
export function cleanPlainText(input: unknown, { trim = true }: { trim?: boolean } = {}): CleanText {
	const cleaned = cleanText(input, { stripMarkup: true, trim, maxLength: MAX_NAME_LENGTH });
	return { value: cleaned.text, changed: cleaned.removedInvisible || cleaned.removedMarkup || cleaned.cut };
}

/** A weight kept in state: finite, 0–100, rounded to two decimals. */
export function isValidWeight(value: unknown): value is number {
	return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_WEIGHT;
}

export function roundWeight(value: number): number {
	return Math.round(value * 100) / 100;
}

export function defaultCriteria(): Criterion[] {
	return DEFAULT_CRITERION_IDS.map((id) => ({ kind: 'default', id, weight: DEFAULT_WEIGHTS[id] }));
}

export function emptyAgency(id: string): Agency {
	return { id, name: '', scores: {} };
}

export function defaultState(): ScorecardState {
	const agencies: Agency[] = [];
	for (let index = 1; index <= STARTING_AGENCIES; index += 1) agencies.push(emptyAgency(`a${index}`));
	return { criteria: defaultCriteria(), agencies };
}

/** The lowest `<prefix><n>` not yet taken, so ids stay short and stable. */
function nextId(prefix: string, taken: readonly { id: string }[]): string {
	const used = new Set(taken.map((item) => item.id));
	let number = 1;
	while (used.has(`${prefix}${number}`)) number += 1;
	return `${prefix}${number}`;
}

export function customCriteria(state: ScorecardState): CustomCriterion[] {
	return state.criteria.filter((criterion): criterion is CustomCriterion => criterion.kind === 'custom');
}

export function canAddAgency(state: ScorecardState): boolean {
	return state.agencies.length < MAX_AGENCIES;
}

export function canRemoveAgency(state: ScorecardState): boolean {
	return state.agencies.length > MIN_AGENCIES;
}

export function canAddCustomCriterion(state: ScorecardState): boolean {
	return customCriteria(state).length < MAX_CUSTOM_CRITERIA;
}

export function addAgency(state: ScorecardState): ScorecardState {
	if (!canAddAgency(state)) return state;
	return { ...state, agencies: [...state.agencies, emptyAgency(nextId('a', state.agencies))] };
}

export function removeAgency(state: ScorecardState, agencyId: string): ScorecardState {
	if (!canRemoveAgency(state)) return state;
	return { ...state, agencies: state.agencies.filter((agency) => agency.id !== agencyId) };
}

export function renameAgency(state: ScorecardState, agencyId: string, name: string): ScorecardState {
	const clean = cleanPlainText(name, { trim: false }).value;
	return {
		...state,
		agencies: state.agencies.map((agency) => (agency.id === agencyId ? { ...agency, name: clean } : agency)),
	};
}

/** Sets or, with `null`, clears one cell. */
export function setScore(state: ScorecardState, agencyId: string, criterionId: string, score: Score | null): ScorecardState {
	if (!state.criteria.some((criterion) => criterion.id === criterionId)) return state;
	return {
		...state,
		agencies: state.agencies.map((agency) => {
			if (agency.id !== agencyId) return agency;
			const scores = { ...agency.scores };
			if (score === null) delete scores[criterionId];
			else scores[criterionId] = score;
			return { ...agency, scores };
		}),
	};
}

export function setWeight(state: ScorecardState, criterionId: string, weight: number): ScorecardState {
	if (!isValidWeight(weight)) return state;
	const rounded = roundWeight(weight);
	return {
		...state,
		criteria: state.criteria.map((criterion) => (criterion.id === criterionId ? { ...criterion, weight: rounded } : criterion)),
	};
}

export function addCustomCriterion(state: ScorecardState, label = ''): ScorecardState {
	if (!canAddCustomCriterion(state)) return state;
	const criterion: CustomCriterion = {
		kind: 'custom',
		id: nextId('custom-', customCriteria(state)),
		label: cleanPlainText(label, { trim: false }).value,
		weight: DEFAULT_CUSTOM_WEIGHT,
	};
	return { ...state, criteria: [...state.criteria, criterion] };
}

export function renameCustomCriterion(state: ScorecardState, criterionId: string, label: string): ScorecardState {
	const clean = cleanPlainText(label, { trim: false }).value;
	return {
		...state,
		criteria: state.criteria.map((criterion) => (criterion.kind === 'custom' && criterion.id === criterionId ? { ...criterion, label: clean } : criterion)),
	};
}

/** Removes a custom criterion and every score given for it. */
export function removeCustomCriterion(state: ScorecardState, criterionId: string): ScorecardState {
	if (!state.criteria.some((criterion) => criterion.kind === 'custom' && criterion.id === criterionId)) return state;
	return {
		criteria: state.criteria.filter((criterion) => criterion.id !== criterionId),
		agencies: state.agencies.map((agency) => {
			const scores = { ...agency.scores };
			delete scores[criterionId];
			return { ...agency, scores };
		}),
	};
}

/** Trims names and labels for saving and sharing; typing keeps spaces meanwhile. */
export function finaliseText(state: ScorecardState): ScorecardState {
	return {
		criteria: state.criteria.map((criterion) => (criterion.kind === 'custom' ? { ...criterion, label: cleanPlainText(criterion.label).value } : criterion)),
		agencies: state.agencies.map((agency) => ({ ...agency, name: cleanPlainText(agency.name).value })),
	};
}
