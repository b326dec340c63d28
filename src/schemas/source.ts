import { z } from 'astro/zod';

/**
 * One published source the guide relies on. Sources are shared between
 * pages and languages, so a figure is always traceable to the same entry.
 */
export const sourceSchema = z.object({
	title: z.string().min(1),
	publisher: z.string().min(1),
	/** Omitted when the research notes did not capture an address. */
	url: z.string().url().optional(),
	/** When the source was published: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or `undated`. */
	published: z.string().regex(/^(\d{4}(-\d{2}(-\d{2})?)?|undated)$/),
	language: z.enum(['en', 'zh']),
	/** How far we trust the source for figures, from the research notes. */
	confidence: z.enum(['high', 'medium', 'low']),
	/** Short label shown in inline citations, e.g. "Webpower China". */
	shortName: z.string().min(1).max(40),
	/** What sort of source this is (statute, platform rule, press …); sets the confidence ceiling. */
	kind: z.enum(['statute', 'platform-rule', 'court', 'press', 'filing', 'trade-press', 'agency-blog']).optional(),
	/** Why a source has no URL (print, login wall, paywall) and its headline as printed. */
	offline: z
		.object({ reason: z.enum(['print', 'login-walled', 'paywalled']), headline: z.string().min(1) })
		.optional(),
});

export type Source = z.infer<typeof sourceSchema>;
