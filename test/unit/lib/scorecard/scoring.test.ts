import { describe, expect, it } from 'vitest';
import { LOW_COVERAGE_SHARE, rankAgencies } from '../../../../src/lib/scorecard/scoring';
import { addCustomCriterion, defaultState, setScore, setWeight } from '../../../../src/lib/scorecard/state';
import { allScored, scorecardWith } from './helpers';

function nameOf(state: ReturnType<typeof scorecardWith>, agencyId: string): string {
	return state.agencies.find((agency) => agency.id === agencyId)?.name ?? '?';
}

describe('weighted score', () => {
	it('is the weighted mean on the 1–5 scale', () => {
		// Default weights: category results 20, team 20, the rest 10/15.
		const state = scorecardWith({ A: { ...allScored(3), team: 5, 'category-results': 5 } });
		const [result] = rankAgencies(state).results;
		// (3·60 + 5·40) / 100 = 3.8
		expect(result?.scoreHundredths).toBe(380);
	});

	it('gives 5 when every criterion scores 5 and 1 when every criterion scores 1', () => {
		const state = scorecardWith({ Top: allScored(5), Bottom: allScored(1) });
		const [top, bottom] = rankAgencies(state).results;
		expect(top?.scoreHundredths).toBe(500);
		expect(bottom?.scoreHundredths).toBe(100);
	});

	it('uses weights as relative points, so doubling every weight changes nothing', () => {
		let state = scorecardWith({ A: { ...allScored(2), 'fee-offer': 5 } });
		const before = rankAgencies(state).results[0]?.scoreHundredths;
		for (const criterion of state.criteria) state = setWeight(state, criterion.id, criterion.weight * 2 > 100 ? 100 : criterion.weight * 2);
		expect(rankAgencies(state).results[0]?.scoreHundredths).toBe(before);
	});

	it('leaves out a criterion whose weight is 0, even if it is scored', () => {
		let state = scorecardWith({ A: { team: 5, 'fee-offer': 1 } });
		state = setWeight(state, 'fee-offer', 0);
		const [result] = rankAgencies(state).results;
		expect(result?.scoreHundredths).toBe(500);
		expect(result?.weightedCriteria).toBe(6);
	});

	it('moves the ranking when a weight changes', () => {
		let state = scorecardWith({ Cheap: { 'fee-offer': 5, team: 2 }, Strong: { 'fee-offer': 2, team: 5 } });
		state = setWeight(state, 'fee-offer', 40);
		expect(nameOf(state, rankAgencies(state).results[0]!.agencyId)).toBe('Cheap');
		state = setWeight(state, 'fee-offer', 5);
		expect(nameOf(state, rankAgencies(state).results[0]!.agencyId)).toBe('Strong');
	});
});

describe('missing scores', () => {
	it('are left out of the mean instead of counting as zero', () => {
		const state = scorecardWith({ A: { team: 4 } });
		const [result] = rankAgencies(state).results;
		expect(result?.scoreHundredths).toBe(400);
	});

	it('are listed, with the share of weight the score rests on', () => {
		const state = scorecardWith({ A: { team: 4, 'category-results': 4, 'contract-terms': 3 } });
		const [result] = rankAgencies(state).results;
		expect(result?.missing).toEqual(['service-rating', 'operating-plan', 'fee-offer', 'reporting']);
		expect(result?.scoredCriteria).toBe(3);
		expect(result?.weightedCriteria).toBe(7);
		expect(result?.coveredShare).toBeCloseTo(0.55);
		expect(result!.coveredShare).toBeGreaterThan(LOW_COVERAGE_SHARE);
	});

	it('leave an agency with no scores unranked, after the ranked ones', () => {
		const state = scorecardWith({ Empty: {}, Scored: { team: 2 } });
		const ranking = rankAgencies(state);
		expect(ranking.status).toBe('ranked');
		expect(ranking.results.map((result) => [nameOf(state, result.agencyId), result.rank])).toEqual([
			['Scored', 1],
			['Empty', null],
		]);
	});

	it('report "no-scores" when nobody is scored yet', () => {
		expect(rankAgencies(defaultState()).status).toBe('no-scores');
	});

	it('report "no-weights" when every weight is 0', () => {
		let state = scorecardWith({ A: allScored(4) });
		for (const criterion of state.criteria) state = setWeight(state, criterion.id, 0);
		const ranking = rankAgencies(state);
		expect(ranking.status).toBe('no-weights');
		expect(ranking.results.every((result) => result.rank === null)).toBe(true);
	});
});

describe('ties', () => {
	it('share a rank, and the next agency skips a place (1, 1, 3)', () => {
		const state = scorecardWith({ A: allScored(4), B: allScored(4), C: allScored(2) });
		const ranking = rankAgencies(state);
		expect(ranking.results.map((result) => result.rank)).toEqual([1, 1, 3]);
		expect(ranking.results[0]?.tiedWith).toEqual(['a2']);
		expect(ranking.results[1]?.tiedWith).toEqual(['a1']);
		expect(ranking.results[2]?.tiedWith).toEqual([]);
	});

	it('are judged at the two decimals shown, so equal means never split', () => {
		// A: (5·20 + 3·20)/40 = 4.00; B: 4 everywhere it is scored = 4.00.
		const state = scorecardWith({ A: { team: 5, 'category-results': 3 }, B: { reporting: 4, 'fee-offer': 4 } });
		const [first, second] = rankAgencies(state).results;
		expect(first?.rank).toBe(1);
		expect(second?.rank).toBe(1);
	});

	it('name where each tied agency is ahead of the other', () => {
		// Team and category results both weigh 20, so a 5 and a 1 swapped cancel out.
		const state = scorecardWith({
			A: { ...allScored(3), team: 5, 'category-results': 1 },
			B: { ...allScored(3), team: 1, 'category-results': 5 },
		});
		const [first, second] = rankAgencies(state).results;
		expect(first?.scoreHundredths).toBe(300);
		expect([first?.rank, second?.rank]).toEqual([1, 1]);
		expect(first?.aheadOfTied.map((fact) => fact.criterionId)).toEqual(['team']);
		expect(second?.aheadOfTied.map((fact) => fact.criterionId)).toEqual(['category-results']);
	});

	it('keep the user’s order among tied agencies', () => {
		const state = scorecardWith({ First: allScored(3), Second: allScored(3), Third: allScored(3) });
		expect(rankAgencies(state).results.map((result) => nameOf(state, result.agencyId))).toEqual(['First', 'Second', 'Third']);
	});
});

describe('reasoning facts', () => {
	it('name the strongest and weakest criteria, heaviest first, with their share of the weight', () => {
		const state = scorecardWith({
			B: { ...allScored(3), team: 5, 'contract-terms': 5, 'fee-offer': 1 },
		});
		const [result] = rankAgencies(state).results;
		expect(result?.strongest).toEqual([
			{ criterionId: 'team', score: 5, share: 0.2 },
			{ criterionId: 'contract-terms', score: 5, share: 0.15 },
		]);
		expect(result?.weakest).toEqual([{ criterionId: 'fee-offer', score: 1, share: 0.1 }]);
	});

	it('name no weakest criterion when every score is the same', () => {
		const [result] = rankAgencies(scorecardWith({ A: allScored(4) })).results;
		expect(result?.weakest).toEqual([]);
		expect(result?.strongest).toHaveLength(2);
	});
});

describe('custom criterion', () => {
	it('counts with its own weight once scored', () => {
		let state = scorecardWith({ A: { team: 2 } });
		state = addCustomCriterion(state, 'After-sales service');
		state = setWeight(state, 'custom-1', 20);
		state = setScore(state, 'a1', 'custom-1', 5);
		const [result] = rankAgencies(state).results;
		// (2·20 + 5·20) / 40 = 3.5
		expect(result?.scoreHundredths).toBe(350);
		expect(result?.strongest[0]?.criterionId).toBe('custom-1');
	});

	it('is missing, not zero, for an agency not scored on it', () => {
		let state = scorecardWith({ A: allScored(4) });
		state = addCustomCriterion(state, 'Live-stream skills');
		const [result] = rankAgencies(state).results;
		expect(result?.scoreHundredths).toBe(400);
		expect(result?.missing).toEqual(['custom-1']);
	});
});
