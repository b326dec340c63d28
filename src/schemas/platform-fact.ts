import { z } from 'astro/zod';

/** A calendar day, `YYYY-MM-DD`, as written in the data files. */
const isoDay = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD')
	.refine((day) => !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day), 'not a real day');

/** Text in both languages; both must be written. */
const bilingual = z.object({ en: z.string().min(1), zh: z.string().min(1) });

/**
 * The figure itself: one amount, a range, or an open question (a figure we
 * could not establish, shown as such rather than guessed).
 */
export const factValueSchema = z
	.discriminatedUnion('kind', [
		z.object({ kind: z.literal('exact'), amount: z.number().nonnegative() }),
		z.object({ kind: z.literal('range'), min: z.number().nonnegative(), max: z.number().nonnegative() }),
		z.object({ kind: z.literal('unresolved') }),
	])
	.refine((value) => value.kind !== 'range' || value.min < value.max, 'a range needs min below max');

/**
 * One platform figure (a fee, a limit, a tax rate) that pages render from
 * `content/platform-facts/<id>.json`, so a figure changes in one place.
 * `sources` are ids in content/sources; the content collection checks they exist.
 */
export const platformFactSchema = z.object({
	/** What the figure is, in a few words. */
	label: bilingual,
	value: factValueSchema,
	/** `percent` (of a sale), `cny` (an amount in yuan). */
	unit: z.enum(['percent', 'cny']),
	/** Which store types the figure applies to. */
	scope: z.array(z.enum(['tmall', 'tmall-global'])).min(1),
	/** When the figure took effect: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; omitted when no source dates it. */
	effective: z
		.string()
		.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
		.optional(),
	sources: z.array(z.string().min(1)).min(1),
	/** The day someone last read the sources and checked the figure. */
	verified: isoDay,
	/** A short qualifier shown with the figure (what it covers, what is unknown). */
	note: bilingual.optional(),
});

export type PlatformFact = z.infer<typeof platformFactSchema>;
export type FactValue = z.infer<typeof factValueSchema>;
