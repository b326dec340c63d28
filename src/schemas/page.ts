import { reference, z } from 'astro:content';
import { toolIds } from '../lib/site/routes';

/** Fields every content page carries, whatever its type. */
export const basePageSchema = z.object({
	title: z.string().min(1).max(80),
	/** Used for the meta description and social cards; keep it a sentence. */
	description: z.string().min(40).max(200),
	/** The day an editor last checked the page against its sources. */
	lastReviewed: z.coerce.date(),
});

/** A guide article: ordered in the guide's navigation and backed by sources. */
export const guidePageSchema = basePageSchema.extend({
	/** Position in the guide's reading order (prev/next and navigation). */
	order: z.number().int().positive(),
	/** Shorter title for navigation, when the page title is long. */
	navTitle: z.string().max(40).optional(),
	sources: z.array(reference('sources')).min(1),
	/**
	 * Steps for HowTo structured data. Each `heading` must match a `##`
	 * heading of the page word for word; the build fails otherwise.
	 */
	howTo: z
		.array(z.object({ heading: z.string().min(1), summary: z.string().min(20).max(300) }))
		.min(2)
		.optional(),
});

/** The prose around an interactive tool: what it answers and how to read it. */
export const toolPageSchema = basePageSchema.extend({
	tool: z.enum(toolIds),
});
