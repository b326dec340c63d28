import { z } from 'astro/zod';
import { localeKeys, type Locale } from '../i18n/locales';
import { checklistItemIdMaxLength, checklistItemIdPattern, checklistStepIds } from '../lib/checklist/ids';

/**
 * The hiring checklist's data file, one per locale: `content/checklist/<locale>.json`.
 * Item ids are the key under which a user's ticks are saved in their browser,
 * so an id must never change once published: reword the text instead.
 */

/** A page of this site, optionally with a heading anchor: `/guide/contract/#kpis`. */
const internalGuideLink = /^\/(?:zh\/)?(?:guide|tools)\/[a-z0-9-]+\/(?:#[^\s#]+)?$/;

export const checklistItemSchema = z.object({
	id: z.string().max(checklistItemIdMaxLength).regex(checklistItemIdPattern),
	/** The thing to check, as an instruction to the merchant. */
	text: z.string().min(10).max(240),
	/** Why it matters, in a sentence or two. */
	why: z.string().min(10).max(400).optional(),
	/** The guide section that explains the item; link text names that section. */
	link: z
		.object({
			href: z.string().regex(internalGuideLink, 'must be a site path such as /guide/<slug>/#<heading-id>'),
			text: z.string().min(2).max(80),
		})
		.optional(),
});

export const checklistStepSchema = z
	.object({
		id: z.enum(checklistStepIds),
		title: z.string().min(2).max(60),
		/** One sentence under the step heading: what this step is for. */
		summary: z.string().min(10).max(240),
		items: z.array(checklistItemSchema).min(1),
	})
	.superRefine((step, context) => {
		for (const [index, item] of step.items.entries()) {
			if (!item.id.startsWith(`${step.id}-`)) {
				context.addIssue({
					code: z.ZodIssueCode.custom,
					path: ['items', index, 'id'],
					message: `item ids in step "${step.id}" start with "${step.id}-"`,
				});
			}
		}
	});

export const checklistSchema = z
	.object({
		locale: z.enum(localeKeys as [Locale, ...Locale[]]),
		steps: z.array(checklistStepSchema).length(checklistStepIds.length),
	})
	.superRefine((checklist, context) => {
		checklist.steps.forEach((step, index) => {
			if (step.id !== checklistStepIds[index]) {
				context.addIssue({
					code: z.ZodIssueCode.custom,
					path: ['steps', index, 'id'],
					message: `step ${index + 1} must be "${checklistStepIds[index]}"`,
				});
			}
		});
		const seen = new Set<string>();
		checklist.steps.forEach((step, stepIndex) => {
			step.items.forEach((item, itemIndex) => {
				if (seen.has(item.id)) {
					context.addIssue({
						code: z.ZodIssueCode.custom,
						path: ['steps', stepIndex, 'items', itemIndex, 'id'],
						message: `duplicate item id "${item.id}"`,
					});
				}
				seen.add(item.id);
			});
		});
	});

export type ChecklistData = z.infer<typeof checklistSchema>;
export type ChecklistStep = z.infer<typeof checklistStepSchema>;
export type ChecklistItem = z.infer<typeof checklistItemSchema>;
