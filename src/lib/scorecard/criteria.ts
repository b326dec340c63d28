/**
 * The criteria a careful merchant scores an agency on, drawn from the
 * due-diligence lists in the research notes (Hot Pot China, pltfrm,
 * yilubiaosheng, 淘宝百科). Labels and help text live in
 * `content/scorecard/<locale>.json`; this file only fixes ids, order and
 * default weights, because shared links (v=1) depend on that order.
 */
export const DEFAULT_CRITERION_IDS = ['service-rating', 'category-results', 'team', 'operating-plan', 'fee-offer', 'contract-terms', 'reporting'] as const;

export type DefaultCriterionId = (typeof DEFAULT_CRITERION_IDS)[number];

/**
 * Default weights in points; they add up to 100 so each reads as a percentage.
 * Results and the team carry most weight because the research's sources agree
 * that verifiable category cases and meeting the real team reveal the most.
 */
export const DEFAULT_WEIGHTS: Readonly<Record<DefaultCriterionId, number>> = {
	'service-rating': 10,
	'category-results': 20,
	team: 20,
	'operating-plan': 15,
	'fee-offer': 10,
	'contract-terms': 15,
	reporting: 10,
};

export const MIN_AGENCIES = 1;
export const MAX_AGENCIES = 5;
/** Agencies a new scorecard starts with: a shortlist is rarely one name. */
export const STARTING_AGENCIES = 3;
export const MAX_CUSTOM_CRITERIA = 3;
export const DEFAULT_CUSTOM_WEIGHT = 10;
export const MAX_WEIGHT = 100;
export const MIN_SCORE = 1;
export const MAX_SCORE = 5;
/** Long enough for a company name in either language, short enough for a table cell. */
export const MAX_NAME_LENGTH = 60;
