import { z } from 'astro/zod';
import { localeKeys, type Locale } from '../i18n/locales';
import { absentOptionId, contractIdMaxLength, contractIdPattern, marks, valueUnits } from '../lib/contract-check/rules';

/**
 * The contract check's topics and rules, one file per locale:
 * `content/contract-check/<locale>.json`. Topic and option ids are saved in
 * browsers, written into shared links and linked to as `#topic-<id>`, so an id
 * never changes once published: reword the text instead. Marks and limits
 * must be the same in every language (test/unit/content/contract-check-parity.test.ts).
 */

const idSchema = z.string().max(contractIdMaxLength).regex(contractIdPattern, 'lowercase words joined by hyphens');
const markSchema = z.enum(marks);
/** A guide page of this site, optionally with a heading anchor (Chinese headings give Chinese anchors). */
const guideHref = /^\/(?:zh\/)?guide\/[a-z0-9-]+\/(?:#[^\s#]+)?$/;

export const contractOptionSchema = z.object({
	id: idSchema,
	/** What the draft says, in the merchant's words. */
	label: z.string().min(2).max(160),
	mark: markSchema,
});

export const contractValueSchema = z
	.object({
		/** The field's label: "Notice period in days". */
		label: z.string().min(2).max(80),
		unit: z.enum(valueUnits),
		min: z.number().min(0),
		max: z.number().positive(),
		appliesTo: z.array(idSchema).min(1),
		rules: z
			.array(
				z
					.object({ above: z.number().optional(), below: z.number().optional(), mark: markSchema })
					.refine((rule) => (rule.above === undefined) !== (rule.below === undefined), 'one of above or below'),
			)
			.min(1),
		/** One line under the field: what the limits are and whose judgement they are. */
		hint: z.string().min(6).max(240),
	})
	.refine((value) => value.min < value.max, 'min below max');

export const contractTopicSchema = z
	.object({
		id: idSchema,
		title: z.string().min(2).max(80),
		/** What to look for in the draft. */
		question: z.string().min(6).max(240),
		options: z.array(contractOptionSchema).min(2).max(6),
		value: contractValueSchema.optional(),
		/** Why the topic matters, in one sentence. */
		why: z.string().min(10).max(300),
		/** The dispute a bad clause leads to. */
		dispute: z.string().min(10).max(400),
		/** What to ask for, in plain words. */
		ask: z.string().min(10).max(400),
		/** Wording the merchant can propose, in this file's language (the page shows every language's). */
		clause: z.string().min(10).max(600),
		/** The guide section behind the rule. */
		guide: z.object({ href: z.string().regex(guideHref, 'a guide path such as /guide/contract/#fake-orders'), label: z.string().min(2).max(80) }),
		/** Checklist items on the same subject; they link here and this topic links back. */
		checklistItems: z.array(idSchema).default([]),
		/** Ids of `content/sources/<id>.json`; empty when the rule is the guide's own judgement. */
		sources: z.array(idSchema).default([]),
	})
	.superRefine((topic, context) => {
		const ids = topic.options.map((option) => option.id);
		if (!ids.includes(absentOptionId)) {
			context.addIssue({ code: z.ZodIssueCode.custom, path: ['options'], message: `every topic offers "${absentOptionId}"` });
		}
		if (new Set(ids).size !== ids.length) {
			context.addIssue({ code: z.ZodIssueCode.custom, path: ['options'], message: 'duplicate option id' });
		}
		for (const [index, optionId] of (topic.value?.appliesTo ?? []).entries()) {
			if (!ids.includes(optionId)) {
				context.addIssue({ code: z.ZodIssueCode.custom, path: ['value', 'appliesTo', index], message: `no option "${optionId}"` });
			}
		}
	});

export const contractCheckSchema = z
	.object({
		locale: z.enum(localeKeys as [Locale, ...Locale[]]),
		topics: z.array(contractTopicSchema).min(19),
	})
	.superRefine((file, context) => {
		const seen = new Set<string>();
		file.topics.forEach((topic, index) => {
			if (seen.has(topic.id)) {
				context.addIssue({ code: z.ZodIssueCode.custom, path: ['topics', index, 'id'], message: `duplicate topic id "${topic.id}"` });
			}
			seen.add(topic.id);
		});
	});

export type ContractCheckContent = z.infer<typeof contractCheckSchema>;
export type ContractTopic = z.infer<typeof contractTopicSchema>;
