import { getEntry } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { groupByInitial, groupByTheme, type TermGroup } from '../lib/glossary/organize';
import type { GlossaryLabels, GlossaryTerm } from '../schemas/glossary';
import { factFiller } from './platform-facts';

export interface Glossary {
	labels: GlossaryLabels;
	terms: GlossaryTerm[];
	/** A–Z by English name in English; by theme in Chinese, where an alphabet index helps nobody. */
	groups: TermGroup<GlossaryTerm>[];
}

/** A locale's glossary, grouped the way its readers look terms up. */
export async function getGlossary(locale: Locale): Promise<Glossary> {
	const entry = await getEntry('glossary', locale);
	if (!entry) throw new Error(`No glossary for "${locale}" (content/glossary/${locale}.json)`);
	const { labels, themes } = entry.data;
	const fill = await factFiller(locale);
	/** Figures in definitions come from content/platform-facts through `{fact:id}` tokens. */
	const terms = entry.data.terms.map((term) => ({ ...term, definition: fill(term.definition) }));
	return { labels, terms, groups: locale === 'zh' ? groupByTheme(terms, themes) : groupByInitial(terms) };
}
