import { LOW_COVERAGE_SHARE, type AgencyResult, type CriterionFact, type Ranking } from './scoring';

/*
 * Turns ranking facts into the sentences the user reads. Grammar lives in
 * the templates of each language; this file only decides which facts are
 * worth a sentence, so both languages always give the same reasons.
 */

const HAN = /\p{Script=Han}/u;
const LATIN_OR_DIGIT = /[A-Za-z0-9]/;

/**
 * Fills `{name}` placeholders. Where Chinese text meets a Latin name or a
 * number ("Acme" in "{name}排名第一"), a space is added, as Chinese
 * typography does; English templates never trigger it.
 */
export function fillText(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (whole, key: string, offset: number) => {
		if (!Object.hasOwn(values, key)) return whole;
		const value = String(values[key]);
		const before = template[offset - 1] ?? '';
		const after = template[offset + whole.length] ?? '';
		const lead = HAN.test(before) && LATIN_OR_DIGIT.test(value[0] ?? '') ? ' ' : '';
		const trail = HAN.test(after) && LATIN_OR_DIGIT.test(value.at(-1) ?? '') ? ' ' : '';
		return `${lead}${value}${trail}`;
	});
}

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
			fillText(context.templates.fact, {
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
	if (result.rank === null || result.scoreHundredths === null) return [fillText(templates.unranked, { name })];

	const others = context.formatList(result.tiedWith.map((agencyId) => context.agencyName(agencyId)));
	const rank = result.tiedWith.length
		? fillText(templates.sharesRank, { name, ordinal: ordinal(result.rank, context), others })
		: fillText(templates.ranks, { name, ordinal: ordinal(result.rank, context) });

	const details: string[] = [];
	if (result.weakest.length === 0) {
		details.push(fillText(templates.even, { score: result.strongest[0]?.score ?? '' }));
	} else {
		details.push(fillText(templates.strongest, { criteria: factList(result.strongest, context) }));
		details.push(fillText(templates.weakest, { criteria: factList(result.weakest, context) }));
	}
	const sentences = [fillText(templates.sentence, { rank, details: details.join(templates.detailsSeparator) })];

	if (result.aheadOfTied.length) {
		sentences.push(
			fillText(templates.aheadOfTied, { others, criteria: factList(result.aheadOfTied, context) }),
		);
	}
	if (result.missing.length) {
		sentences.push(
			fillText(templates.missing, {
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
		return fillText(context.templates.announceLeader, { name: context.agencyName(leader.agencyId), score });
	}
	return fillText(context.templates.announceTie, {
		names: context.formatList(leaders.map((result) => context.agencyName(result.agencyId))),
		score,
	});
}
