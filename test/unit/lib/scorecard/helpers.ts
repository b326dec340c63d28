import { defaultState, setScore, renameAgency } from '../../../../src/lib/scorecard/state';
import type { ScorecardState, Score } from '../../../../src/lib/scorecard/types';

/**
 * Builds a state from a readable table: agency name → criterion id → score.
 * Criteria not listed stay unscored.
 */
export function scorecardWith(table: Record<string, Partial<Record<string, Score>>>, base = defaultState()): ScorecardState {
	let state: ScorecardState = { ...base, agencies: [] };
	Object.keys(table).forEach((_name, index) => {
		state = { ...state, agencies: [...state.agencies, { id: `a${index + 1}`, name: '', scores: {} }] };
	});
	Object.entries(table).forEach(([name, scores], index) => {
		const id = `a${index + 1}`;
		state = renameAgency(state, id, name);
		for (const [criterionId, score] of Object.entries(scores)) {
			if (score !== undefined) state = setScore(state, id, criterionId, score);
		}
	});
	return state;
}

/** Every default criterion scored the same, for agencies that differ in one place only. */
export function allScored(score: Score): Record<string, Score> {
	return {
		'service-rating': score,
		'category-results': score,
		team: score,
		'operating-plan': score,
		'fee-offer': score,
		'contract-terms': score,
		reporting: score,
	};
}
