import { fill } from '../text/template';
import { LOW_COVERAGE_SHARE, type AgencyResult, type CriterionFact, type Ranking } from './scoring';

/*
 * Turns ranking facts into the sentences the user reads. Grammar lives in
 * the templates of each language; this file only decides which facts are
 * worth a sentence, so both languages always give the same reasons.
 */

export interface ReasonTemplates {
	/** "first" … "fifth": the rank as a word. */
	ordinals: readonly string[];
	/** `{name}`, `{ordinal}` */
	ranks: string;
	/** `{name}`, `{ordinal}`, `{others}` */
	sharesRank: string;
	/** `{criteria}` */
	strongest: string;
	/** `{criteria}` */
	weakest: string;
	/** Every scored criterion got the same score. `{score}` */
	even: string;
	/** One criterion in a list. `{criterion}`, `{score}`, `{share}` */
	fact: string;
	/** `{rank}`, `{details}` */
	sentence: string;
	/** Joins the strongest and weakest parts of a sentence. */
	detailsSeparator: string;
	/** `{others}`, `{criteria}` */
	aheadOfTied: string;
	/** `{criteria}`, `{share}` */
	missing: string;
	/** Added when less than half of the weight is scored. */
	lowCoverage: string;
	/** `{name}` */
	unranked: string;
	/** Announced after a change. `{name}`, `{score}` */
	announceLeader: string;
	/** `{names}`, `{score}` */
	announceTie: string;
}

export interface ExplainContext {
	templates: ReasonTemplates;
	agencyName(agencyId: string): string;
	/** The criterion's name as it reads inside a sentence. */
	criterionName(criterionId: string): string;
	/** 385 → "3.85" in the page's language. */
	formatScore(hundredths: number): string;
	/** 0.2 → "20%". */
	formatShare(share: number): string;
	/** ["a", "b", "c"] → "a, b and c". */
	formatList(items: readonly string[]): string;
}

function ordinal(rank: number, context: ExplainContext): string {
	return context.templates.ordinals[rank - 1] ?? String(rank);
}

function factList(facts: readonly CriterionFact[], context: ExplainContext): string {
	return context.formatList(
		facts.map((fact) =>
			fill(context.templates.fact, {
				criterion: context.criterionName(fact.criterionId),
				score: fact.score,
				share: context.formatShare(fact.share),
			}),
		),
	);
}

/** The sentences shown under one agency in the results, in reading order. */
export function explainResult(result: AgencyResult, context: ExplainContext): string[] {
	const { templates } = context;
	const name = context.agencyName(result.agencyId);
	if (result.rank === null || result.scoreHundredths === null) return [fill(templates.unranked, { name })];

	const others = context.formatList(result.tiedWith.map((agencyId) => context.agencyName(agencyId)));
	const rank = result.tiedWith.length
		? fill(templates.sharesRank, { name, ordinal: ordinal(result.rank, context), others })
		: fill(templates.ranks, { name, ordinal: ordinal(result.rank, context) });

	const details: string[] = [];
	if (result.weakest.length === 0) {
		details.push(fill(templates.even, { score: result.strongest[0]?.score ?? '' }));
	} else {
		details.push(fill(templates.strongest, { criteria: factList(result.strongest, context) }));
		details.push(fill(templates.weakest, { criteria: factList(result.weakest, context) }));
	}
	const sentences = [fill(templates.sentence, { rank, details: details.join(templates.detailsSeparator) })];

	if (result.aheadOfTied.length) {
		sentences.push(fill(templates.aheadOfTied, { others, criteria: factList(result.aheadOfTied, context) }));
	}
	if (result.missing.length) {
		sentences.push(
			fill(templates.missing, {
				criteria: context.formatList(result.missing.map((criterionId) => context.criterionName(criterionId))),
				share: context.formatShare(result.coveredShare),
			}),
		);
		if (result.coveredShare < LOW_COVERAGE_SHARE) sentences.push(templates.lowCoverage);
	}
	return sentences;
}

/** One short sentence for screen readers after the ranking changes; null when nothing is ranked. */
export function announceRanking(ranking: Ranking, context: ExplainContext): string | null {
	const leaders = ranking.results.filter((result) => result.rank === 1);
	const [leader] = leaders;
	if (ranking.status !== 'ranked' || !leader || leader.scoreHundredths === null) return null;
	const score = context.formatScore(leader.scoreHundredths);
	if (leaders.length === 1) {
		return fill(context.templates.announceLeader, { name: context.agencyName(leader.agencyId), score });
	}
	return fill(context.templates.announceTie, {
		names: context.formatList(leaders.map((result) => context.agencyName(result.agencyId))),
		score,
	});
}
