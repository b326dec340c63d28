import { z } from 'astro/zod';
import { linkStaysInLocale, localeSchema, pageLinkSchema, slugIdSchema } from './internal-link';

/**
 * One question merchants ask. Each language has its own file
 * (`content/faq/<locale>.json`) with the same ids in the same order.
 */
export const faqQuestionSchema = z.object({
	/** Becomes the anchor `#faq-<id>`, so keep it stable. */
	id: slugIdSchema,
	question: z.string().min(5).max(120),
	/** Two to four plain sentences. Figures name their source and date in the text. */
	answer: z.string().min(40).max(900),
	/** The page that goes deeper, in the file's language. */
	readMore: pageLinkSchema,
	/** Ids of files in `content/sources/` behind the answer. */
	sources: z.array(slugIdSchema).default([]),
	/** Glossary term ids the answer relies on; shown as links into the glossary. */
	terms: z.array(slugIdSchema).default([]),
});

export const faqLabelsSchema = z.object({
	/** Introduces the deeper page: "Read more". */
	readMore: z.string().min(1),
	/** Introduces the sources: "Sources". */
	sources: z.string().min(1),
	/** Introduces the glossary links: "Terms". */
	terms: z.string().min(1),
	/** Shown for a source with no publication date: "undated". */
	undated: z.string().min(1),
});

export const faqFileSchema = z
	.object({
		locale: localeSchema,
		labels: faqLabelsSchema,
		questions: z.array(faqQuestionSchema).min(1),
	})
	.superRefine((file, context) => {
		const ids = new Set<string>();
		file.questions.forEach((entry, index) => {
			if (ids.has(entry.id)) {
				context.addIssue({ code: z.ZodIssueCode.custom, path: ['questions', index, 'id'], message: `duplicate id "${entry.id}"` });
			}
			ids.add(entry.id);
			if (!linkStaysInLocale(entry.readMore.href, file.locale)) {
				context.addIssue({
					code: z.ZodIssueCode.custom,
					path: ['questions', index, 'readMore', 'href'],
					message: `"${entry.readMore.href}" is not a ${file.locale} page`,
				});
			}
		});
	});

export type FaqQuestion = z.infer<typeof faqQuestionSchema>;
export type FaqLabels = z.infer<typeof faqLabelsSchema>;
export type FaqFile = z.infer<typeof faqFileSchema>;
