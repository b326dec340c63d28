import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { sourceSchema } from './schemas/source';
import { checklistSchema } from './schemas/checklist';
import { glossaryFileSchema } from './schemas/glossary';
import { faqFileSchema } from './schemas/faq';
import { scorecardContentSchema } from './schemas/scorecard';
import { guidePageSchema, toolPageSchema } from './schemas/page';

/** Guide articles: `content/guide/<locale>/<slug>.mdx`, id `<locale>/<slug>`. */
const guide = defineCollection({
	loader: glob({ base: './content/guide', pattern: '**/*.mdx' }),
	schema: guidePageSchema,
});

/** Bibliography shared by every page: `content/sources/<id>.json`. */
const sources = defineCollection({
	loader: glob({ base: './content/sources', pattern: '*.json' }),
	schema: sourceSchema,
});

/** Explanations around the tools: `content/tools/<locale>/<tool>.mdx`. */
const tools = defineCollection({
	loader: glob({ base: './content/tools', pattern: '**/*.mdx' }),
	schema: toolPageSchema,
});

/** The hiring checklist's items, one file per locale: `content/checklist/<locale>.json`, id `<locale>`. */
const checklist = defineCollection({
	loader: glob({ base: './content/checklist', pattern: '*.json' }),
	schema: checklistSchema,
});

/** Glossary terms, one file per locale: `content/glossary/<locale>.json`, id `<locale>`. */
const glossary = defineCollection({
	loader: glob({ base: './content/glossary', pattern: '*.json' }),
	schema: glossaryFileSchema,
});

/** Frequently asked questions, one file per locale: `content/faq/<locale>.json`, id `<locale>`. */
const faq = defineCollection({
	loader: glob({ base: './content/faq', pattern: '*.json' }),
	schema: faqFileSchema,
});

/** The scorecard's criterion names and help, one file per locale: `content/scorecard/<locale>.json`, id `<locale>`. */
const scorecard = defineCollection({
	loader: glob({ base: './content/scorecard', pattern: '*.json' }),
	schema: scorecardContentSchema,
});

export const collections = { guide, sources, tools, checklist, glossary, faq, scorecard };
