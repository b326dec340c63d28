import { z } from 'astro/zod';
import { confidenceLevels, offlineReasons, publishedPattern, sourceKinds, sourcePolicyProblems } from '../lib/sources/policy';

/**
 * One published source the guide relies on. Sources are shared between
 * pages and languages, so a figure is always traceable to the same entry.
 * The source policy (src/lib/sources/policy.ts) is checked here, so the
 * build stops with a message on the field to fix.
 */
export const sourceSchema = z
	.object({
		title: z.string().min(1),
		publisher: z.string().min(1),
		/** What kind of publication this is; it sets the most we trust it. */
		kind: z.enum(sourceKinds),
		/** The address a reader can open. Leave it out only with an `offline` reason. */
		url: z.string().url().optional(),
		/** For print, login-walled or paywalled material: why there is no link, and the headline as printed. */
		offline: z
			.object({
				reason: z.enum(offlineReasons),
				headline: z.string().min(1),
			})
			.strict()
			.optional(),
		/** When the source was published: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or `undated` when the page truly gives none. */
		published: z.string().regex(publishedPattern, 'Use YYYY, YYYY-MM, YYYY-MM-DD, or "undated".'),
		language: z.enum(['en', 'zh']),
		/** How far we trust the source for figures: at most the ceiling of its kind. */
		confidence: z.enum(confidenceLevels),
		/** Short label shown in inline citations, e.g. "Webpower China". */
		shortName: z.string().min(1).max(40),
		/**
		 * For a source not written in Chinese: its title and short label in Simplified Chinese,
		 * shown on Chinese pages that support them (the cost planner). A Chinese source keeps its own.
		 */
		titleZh: z.string().min(1).optional(),
		shortNameZh: z.string().min(1).max(40).optional(),
		/** For editors: why the kind, date or confidence is what it is. Not shown. */
		note: z.string().min(1).optional(),
	})
	.strict()
	.superRefine((source, context) => {
		for (const problem of sourcePolicyProblems(source)) {
			context.addIssue({ code: 'custom', path: [problem.field], message: problem.message });
		}
		for (const field of ['titleZh', 'shortNameZh'] as const) {
			if (source.language === 'zh' && source[field] !== undefined)
				context.addIssue({ code: 'custom', path: [field], message: 'A Chinese-language source shows its own title; leave this out.' });
		}
	});

export type Source = z.infer<typeof sourceSchema>;
