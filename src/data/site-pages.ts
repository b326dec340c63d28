import { getCollection, type CollectionEntry } from 'astro:content';
import { localeKeys, type Locale } from '../i18n/locales';
import { localizePath } from '../i18n/paths';
import { guidePath, splitEntryId, staticRoutes, toolIds, toolPaths, type ToolId } from '../lib/site/routes';
import { getGuideEntries, guideSlug, type GuideEntry } from './guide';

export type SitePage =
	| { kind: 'home' | 'search' | 'glossary'; locale: Locale; neutralPath: string }
	| { kind: 'guide'; locale: Locale; neutralPath: string; entry: GuideEntry }
	| { kind: 'tool'; locale: Locale; neutralPath: string; tool: ToolId; entry: CollectionEntry<'tools'> };

/** Every page the site builds (except 404s), in every locale. */
export async function getSitePages(): Promise<SitePage[]> {
	const toolEntries = await getCollection('tools');
	const pages: SitePage[] = [];
	for (const locale of localeKeys) {
		pages.push({ kind: 'home', locale, neutralPath: staticRoutes.home });
		for (const entry of await getGuideEntries(locale)) {
			pages.push({ kind: 'guide', locale, neutralPath: guidePath(guideSlug(entry)), entry });
		}
		pages.push({ kind: 'glossary', locale, neutralPath: staticRoutes.glossary });
		for (const tool of toolIds) {
			const entry = toolEntries.find((candidate) => splitEntryId(candidate.id).locale === locale && candidate.data.tool === tool);
			if (!entry) throw new Error(`Missing content/tools/${locale}/${tool}.mdx`);
			pages.push({ kind: 'tool', locale, neutralPath: toolPaths[tool], tool, entry });
		}
		pages.push({ kind: 'search', locale, neutralPath: staticRoutes.search });
	}
	return pages;
}

/** The `[...path]` route parameter for a page: `undefined` is the site root. */
export function routeParam(page: SitePage): string | undefined {
	const path = localizePath(page.locale, page.neutralPath).replace(/^\/|\/$/g, '');
	return path || undefined;
}
