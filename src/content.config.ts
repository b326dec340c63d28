import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { sourceSchema } from './schemas/source';
import { guidePageSchema } from './schemas/page';

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

export const collections = { guide, sources };
