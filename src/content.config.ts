import { defineCollection, reference, z } from 'astro:content';
import { glob } from 'astro/loaders';
import type { ZodTypeAny } from 'astro/zod';
import { sourceSchema } from './schemas/source';
import { checklistSchema } from './schemas/checklist';
import { glossaryFileSchema } from './schemas/glossary';
import { faqFileSchema } from './schemas/faq';
import { scorecardContentSchema } from './schemas/scorecard';
import { contractCheckSchema } from './schemas/contract-check';
import { guidePageSchema, toolPageSchema } from './schemas/page';
import { platformFactSchema } from './schemas/platform-fact';

/** MDX pages in one folder per locale: `content/<folder>/<locale>/<slug>.mdx`, id `<locale>/<slug>`. */
const pagesPerLocale = <Schema extends ZodTypeAny>(folder: string, schema: Schema) =>
	defineCollection({ loader: glob({ base: `./content/${folder}`, pattern: '**/*.mdx' }), schema });

/** JSON files in one folder: `content/<folder>/<name>.json`, id `<name>` (a locale, or a source id). */
const jsonFiles = <Schema extends ZodTypeAny>(folder: string, schema: Schema) =>
	defineCollection({ loader: glob({ base: `./content/${folder}`, pattern: '*.json' }), schema });

export const collections = {
	/** Guide articles. */
	guide: pagesPerLocale('guide', guidePageSchema),
	/** The explanations around each tool. */
	tools: pagesPerLocale('tools', toolPageSchema),
	/** The bibliography every page cites from, one file per source. */
	sources: jsonFiles('sources', sourceSchema),
	/** The hiring checklist's steps and items, one file per locale. */
	checklist: jsonFiles('checklist', checklistSchema),
	/** Glossary terms, one file per locale. */
	glossary: jsonFiles('glossary', glossaryFileSchema),
	/** Frequently asked questions, one file per locale. */
	faq: jsonFiles('faq', faqFileSchema),
	/** The scorecard's criteria and their help text, one file per locale. */
	scorecard: jsonFiles('scorecard', scorecardContentSchema),
	/** Platform figures (fees, limits, tax), one file per fact; pages render them with `<Fact id>` or `{fact:id}`. */
	platformFacts: jsonFiles('platform-facts', platformFactSchema.extend({ sources: z.array(reference('sources')).min(1) })),
	/** The contract check's topics, options and rules, one file per locale. */
	contractCheck: jsonFiles('contract-check', contractCheckSchema),
};
