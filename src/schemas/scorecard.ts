import { z } from 'astro/zod';
import { localeKeys, type Locale } from '../i18n/locales';
import { DEFAULT_CRITERION_IDS } from '../lib/scorecard/criteria';

/**
 * The scorecard's criteria text, one file per locale:
 * `content/scorecard/<locale>.json`. Ids, order and default weights are fixed
 * in src/lib/scorecard/criteria.ts because shared links depend on them, so a
 * file must list exactly those criteria in that order.
 */

export const scorecardCriterionTextSchema = z.object({
	id: z.enum(DEFAULT_CRITERION_IDS),
	/** Full name, used in the criteria list. */
	label: z.string().min(2).max(40),
	/** Column heading in the score grid. */
	shortLabel: z.string().min(2).max(24),
	/** The name as it reads inside a sentence ("strongest on the team you met"). */
	inSentence: z.string().min(2).max(40),
	/** The question the merchant answers with the score. */
	question: z.string().min(10).max(120),
	/** What a 5 looks like. */
	high: z.string().min(20).max(400),
	/** What a 1 looks like. */
	low: z.string().min(20).max(400),
	/** A caveat, e.g. where sources disagree. */
	note: z.string().min(10).max(240).optional(),
	/** Ids of `content/sources/<id>.json` entries the description rests on. */
	sources: z.array(z.string().regex(/^[a-z0-9-]+$/)).min(1),
});

export const scorecardContentSchema = z
	.object({
		locale: z.enum(localeKeys as [Locale, ...Locale[]]),
		criteria: z.array(scorecardCriterionTextSchema).length(DEFAULT_CRITERION_IDS.length),
	})
	.superRefine((file, context) => {
		file.criteria.forEach((criterion, index) => {
			if (criterion.id !== DEFAULT_CRITERION_IDS[index]) {
				context.addIssue({
					code: z.ZodIssueCode.custom,
					path: ['criteria', index, 'id'],
					message: `criterion ${index + 1} must be "${DEFAULT_CRITERION_IDS[index]}"`,
				});
			}
		});
	});

export type ScorecardContent = z.infer<typeof scorecardContentSchema>;
export type ScorecardCriterionText = z.infer<typeof scorecardCriterionTextSchema>;
