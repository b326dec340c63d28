import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { guidePath, splitEntryId } from '../lib/site/routes';

export type GuideEntry = CollectionEntry<'guide'>;

export interface GuideLink {
	slug: string;
	path: string;
	title: string;
}

/** A locale's guide articles in reading order. */
export async function getGuideEntries(locale: Locale): Promise<GuideEntry[]> {
	const entries = await getCollection('guide', (entry) => splitEntryId(entry.id).locale === locale);
	return entries.sort((a, b) => a.data.order - b.data.order);
}

export function guideSlug(entry: GuideEntry): string {
	return splitEntryId(entry.id).slug;
}

/** Neutral-path links for navigation: the glossary closes the reading order. */
export async function getGuideLinks(locale: Locale, glossaryTitle: string): Promise<GuideLink[]> {
	const entries = await getGuideEntries(locale);
	const links = entries.map((entry) => ({
		slug: guideSlug(entry),
		path: guidePath(guideSlug(entry)),
		title: entry.data.navTitle ?? entry.data.title,
	}));
	return [...links, { slug: 'glossary', path: guidePath('glossary'), title: glossaryTitle }];
}
