import type { Agency, Criterion, ScorecardState, Score } from './types';

/*
 * Scoring: each agency's score is the weighted mean of the criteria it was
 * scored on, on the 1–5 scale. An unscored cell is left out of both the sum
 * and the weights (never counted as 0), and the result says how much of the
 * weight the score rests on, so a half-scored agency can't hide.
 *
 * Arithmetic is done in integers (weights in hundredths of a point) and scores
 * are compared at the two decimals the user sees: two agencies showing 3.85
 * always tie, and tied agencies always show the same number.
 */

/** How many criteria a reason names before it stops: a sentence, not a table. */
export const MAX_REASONS = 2;
/** Below this share of the weight scored, the interface warns that the rank is shaky. */
export const LOW_COVERAGE_SHARE = 0.5;

export interface CriterionFact {
	criterionId: string;
	score: Score;
	/** The criterion's share of all the weight, 0–1. */
	share: number;
}

export interface AgencyResult {
	agencyId: string;
	/** Position in the user's list (0-based), for placeholder names such as "Agency B". */
	position: number;
	/** Weighted mean ×100, rounded (385 means 3.85); null when no weighted criterion is scored. */
	scoreHundredths: number | null;
	/** 1 for first place; tied agencies share a rank (1, 1, 3). Null when unranked. */
	rank: number | null;
	/** Other agencies with the same rank. */
	tiedWith: string[];
	/** Criteria on which this agency beats every agency it ties with. */
	aheadOfTied: CriterionFact[];
	/** Weighted criteria (weight above 0) and how many of them are scored. */
	weightedCriteria: number;
	scoredCriteria: number;
	/** Share of all the weight that the score rests on, 0–1. */
	coveredShare: number;
	/** Weighted criteria with no score, in criteria order. */
	missing: string[];
	/** Highest-scored criteria, heaviest first; at most MAX_REASONS. */
	strongest: CriterionFact[];
	/** Lowest-scored criteria, heaviest first; empty when every score is the same. */
	weakest: CriterionFact[];
}

export type RankingStatus =
	/** At least one agency has a score. */
	| 'ranked'
	/** Every weight is 0, so nothing can be compared. */
	| 'no-weights'
	/** Weights exist but no agency has a score on a weighted criterion yet. */
	| 'no-scores';

export interface Ranking {
	status: RankingStatus;
	/** Ranked agencies best first, then unranked ones in the user's order. */
	results: AgencyResult[];
}

function weightHundredths(weight: number): number {
	return Math.round(weight * 100);
}

/** Best first; equal scores keep criteria order, heavier criteria first. */
function pickFacts(facts: readonly CriterionFact[], target: Score): CriterionFact[] {
	return facts
		.filter((fact) => fact.score === target)
		.sort((a, b) => b.share - a.share)
		.slice(0, MAX_REASONS);
}

export function scoreAgency(agency: Agency, position: number, criteria: readonly Criterion[]): AgencyResult {
	const total = criteria.reduce((sum, criterion) => sum + weightHundredths(criterion.weight), 0);
	let weightedSum = 0;
	let scoredWeight = 0;
	const facts: CriterionFact[] = [];
	const missing: string[] = [];
	let weightedCriteria = 0;
	for (const criterion of criteria) {
		const weight = weightHundredths(criterion.weight);
		if (weight <= 0) continue;
		weightedCriteria += 1;
		const score = agency.scores[criterion.id];
		if (score === undefined) {
			missing.push(criterion.id);
			continue;
		}
		weightedSum += weight * score;
		scoredWeight += weight;
		facts.push({ criterionId: criterion.id, score, share: weight / total });
	}
	const scores = facts.map((fact) => fact.score);
	const best = scores.length ? (Math.max(...scores) as Score) : null;
	const worst = scores.length ? (Math.min(...scores) as Score) : null;
	return {
		agencyId: agency.id,
		position,
		// One integer division, so equal means always round to the same hundredths.
		scoreHundredths: scoredWeight > 0 ? Math.round((weightedSum * 100) / scoredWeight) : null,
		rank: null,
		tiedWith: [],
		aheadOfTied: [],
		weightedCriteria,
		scoredCriteria: facts.length,
		coveredShare: total > 0 ? scoredWeight / total : 0,
		missing,
		strongest: best === null ? [] : pickFacts(facts, best),
		weakest: worst === null || worst === best ? [] : pickFacts(facts, worst),
	};
}

/** Criteria where `agency` scores higher than every one of `rivals` (all scored there). */
function advantagesOver(agency: Agency, rivals: readonly Agency[], criteria: readonly Criterion[]): CriterionFact[] {
	const total = criteria.reduce((sum, criterion) => sum + weightHundredths(criterion.weight), 0);
	const advantages: CriterionFact[] = [];
	for (const criterion of criteria) {
		const weight = weightHundredths(criterion.weight);
		const own = agency.scores[criterion.id];
		if (weight <= 0 || own === undefined) continue;
		const beatsAll = rivals.every((rival) => {
			const theirs = rival.scores[criterion.id];
			return theirs !== undefined && own > theirs;
		});
		if (beatsAll) advantages.push({ criterionId: criterion.id, score: own, share: weight / total });
	}
	return advantages.sort((a, b) => b.share - a.share).slice(0, MAX_REASONS);
}

export function rankAgencies(state: ScorecardState): Ranking {
	const results = state.agencies.map((agency, position) => scoreAgency(agency, position, state.criteria));
	const hasWeight = state.criteria.some((criterion) => weightHundredths(criterion.weight) > 0);
	if (!hasWeight) return { status: 'no-weights', results };

	const scored = results.filter((result) => result.scoreHundredths !== null);
	const unscored = results.filter((result) => result.scoreHundredths === null);
	if (scored.length === 0) return { status: 'no-scores', results };

	// Array.prototype.sort is stable, so tied agencies keep the user's order.
	scored.sort((a, b) => (b.scoreHundredths ?? 0) - (a.scoreHundredths ?? 0));
	const agencyById = new Map(state.agencies.map((agency) => [agency.id, agency]));
	let rank = 0;
	scored.forEach((result, index) => {
		const previous = scored[index - 1];
		rank = previous && previous.scoreHundredths === result.scoreHundredths ? rank : index + 1;
		result.rank = rank;
	});
	for (const result of scored) {
		const tied = scored.filter((other) => other !== result && other.rank === result.rank);
		result.tiedWith = tied.map((other) => other.agencyId);
		const agency = agencyById.get(result.agencyId);
		const rivals = tied.map((other) => agencyById.get(other.agencyId)).filter((rival) => rival !== undefined);
		if (agency && rivals.length) result.aheadOfTied = advantagesOver(agency, rivals, state.criteria);
	}
	return { status: 'ranked', results: [...scored, ...unscored] };
}
