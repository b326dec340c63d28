import { z } from 'astro/zod';
import { linkStaysInLocale, localeSchema, pageLinkSchema, slugIdSchema } from './internal-link';

/**
 * One glossary term. Each language has its own file (`content/glossary/<locale>.json`)
 * with the same ids, because other pages link to `/guide/glossary/#<id>` and
 * `/zh/guide/glossary/#<id>`: an id is a public address, never rename one.
 */
export const glossaryTermSchema = z.object({
	id: slugIdSchema.refine((id) => !id.startsWith('glossary-'), 'ids starting with "glossary-" are kept for section anchors'),
	/** The Chinese term as merchants meet it; variants separated by " / ". */
	zh: z.string().min(1).max(60),
	/** Tone-marked pinyin for the main Chinese term; shown to English readers. */
	pinyin: z.string().min(1).max(60).optional(),
	/** The English term; an abbreviation carries its expansion in brackets. */
	en: z.string().min(1).max(80),
	/** Id of one of the file's `themes`: groups the Chinese page and tags every term. */
	theme: slugIdSchema,
	/** One to three plain sentences in the file's language. Figures name their source and date in the text. */
	definition: z.string().min(10).max(600),
	/** Related term ids in the same file. */
	seeAlso: z.array(slugIdSchema).default([]),
	/** Ids of files in `content/sources/` behind a definition's facts. */
	sources: z.array(slugIdSchema).default([]),
	/** The guide page that covers the term in depth, in the file's language. */
	guide: pageLinkSchema.optional(),
});

export const glossaryThemeSchema = z.object({
	id: slugIdSchema,
	label: z.string().min(1).max(60),
});

/** Words around the terms, kept beside them so an editor can change them without code. */
export const glossaryLabelsSchema = z.object({
	/** Accessible name of the jump navigation at the top. */
	indexLabel: z.string().min(1),
	/** Introduces related terms: "See also". */
	seeAlso: z.string().min(1),
	/** Introduces the guide page link: "Covered in". */
	guide: z.string().min(1),
	/** Introduces the sources of a definition: "Source". */
	sources: z.string().min(1),
	/** Names the language of the term shown in the other language: "Chinese" / "英文". */
	otherLanguage: z.string().min(1),
	/** Announces the pinyin to screen readers: "Pinyin". */
	pinyin: z.string().min(1),
	/** Shown for a source with no publication date: "undated". */
	undated: z.string().min(1),
});

export const glossaryFileSchema = z
	.object({
		locale: localeSchema,
		labels: glossaryLabelsSchema,
		themes: z.array(glossaryThemeSchema).min(1),
		terms: z.array(glossaryTermSchema).min(1),
	})
	.superRefine((file, context) => {
		const termIds = new Set<string>();
		const themeIds = new Set(file.themes.map((theme) => theme.id));
		if (themeIds.size !== file.themes.length) {
			context.addIssue({ code: z.ZodIssueCode.custom, path: ['themes'], message: 'theme ids must be unique' });
		}
		file.terms.forEach((term, index) => {
			if (termIds.has(term.id)) {
				context.addIssue({ code: z.ZodIssueCode.custom, path: ['terms', index, 'id'], message: `duplicate id "${term.id}"` });
			}
			termIds.add(term.id);
			if (!themeIds.has(term.theme)) {
				context.addIssue({ code: z.ZodIssueCode.custom, path: ['terms', index, 'theme'], message: `no theme "${term.theme}"` });
			}
			if (term.guide && !linkStaysInLocale(term.guide.href, file.locale)) {
				context.addIssue({
					code: z.ZodIssueCode.custom,
					path: ['terms', index, 'guide', 'href'],
					message: `"${term.guide.href}" is not a ${file.locale} page`,
				});
			}
		});
		file.terms.forEach((term, index) => {
			term.seeAlso.forEach((related, relatedIndex) => {
				if (related === term.id || !termIds.has(related)) {
					context.addIssue({
						code: z.ZodIssueCode.custom,
						path: ['terms', index, 'seeAlso', relatedIndex],
						message: `"${related}" is not another term in this file`,
					});
				}
			});
		});
	});

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
export type GlossaryTheme = z.infer<typeof glossaryThemeSchema>;
export type GlossaryLabels = z.infer<typeof glossaryLabelsSchema>;
export type GlossaryFile = z.infer<typeof glossaryFileSchema>;
