import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/** `import('virtual:contract-advice/en')`: the contract check's longer advice for an English page. */
const prefix = 'virtual:contract-advice/';
const locales = ['en', 'zh'] as const;
type AdviceLocale = (typeof locales)[number];

interface ContentTopic {
	id: string;
	dispute: string;
	ask: string;
	clause: string;
}

/**
 * The contract check's longer advice (the dispute, what to ask for, the proposed wording) for one
 * page language, as a module the island loads after it wakes. It holds that language's three
 * texts per topic and the other language's wording only: reading content/contract-check/<locale>.json
 * whole would send both languages' titles, options, reasons and sources, which the page's HTML
 * already has in its own language (about 16 KB gzipped instead of 4). The files are the ones the
 * pages are built from; the content collection validates them.
 */
export function contractAdvice(contentDir: URL): Plugin {
	const read = (locale: AdviceLocale): ContentTopic[] =>
		(JSON.parse(readFileSync(new URL(`${locale}.json`, contentDir), 'utf8')) as { topics: ContentTopic[] }).topics;
	return {
		name: 'tmall-guide:contract-advice',
		resolveId: (id) => (id.startsWith(prefix) ? `\0${id}` : undefined),
		load(id) {
			if (!id.startsWith(`\0${prefix}`)) return undefined;
			const locale = id.slice(prefix.length + 1);
			if (!locales.includes(locale as AdviceLocale)) return this.error(`${id.slice(1)}: no contract-check advice in "${locale}"`);
			const own = locale as AdviceLocale;
			const other: AdviceLocale = own === 'en' ? 'zh' : 'en';
			for (const each of locales) this.addWatchFile(new URL(`${each}.json`, contentDir).pathname);
			const otherClauses = new Map(read(other).map((topic) => [topic.id, topic.clause]));
			const topics = read(own).map(({ id: topicId, dispute, ask, clause }) => ({ id: topicId, dispute, ask, clause, otherClause: otherClauses.get(topicId) }));
			return `export default ${JSON.stringify({ other, topics })};`;
		},
	};
}
