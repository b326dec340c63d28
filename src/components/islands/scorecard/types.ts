import type { Locale } from '../../../i18n/locales';
import type { ScorecardIslandStrings } from '../../../i18n/tools/scorecard';

/**
 * One default criterion's names, as the wrapper passes them from the content
 * collection. The question and what a 5 and a 1 look like are rendered by the
 * wrapper outside the island, so they are not sent twice.
 */
export interface CriterionText {
	id: string;
	label: string;
	shortLabel: string;
	inSentence: string;
}

/** What every part of the island needs to word and number things. */
export interface View {
	strings: ScorecardIslandStrings;
	locale: Locale;
	texts: ReadonlyMap<string, CriterionText>;
	agencyName(agencyId: string): string;
	/** Full name of any criterion, default or the user's own. */
	criterionLabel(criterionId: string): string;
	/** Short name for a column heading. */
	criterionShortLabel(criterionId: string): string;
	formatShare(share: number): string;
	formatScore(hundredths: number): string;
	fill(template: string, values: Record<string, string | number>): string;
	plural(text: { one: string; other: string }, count: number): string;
}
