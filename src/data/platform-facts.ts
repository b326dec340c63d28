import { getCollection } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { formatFactInline } from '../lib/facts/format';
import { isStale } from '../lib/facts/staleness';
import { replaceFactTokens } from '../lib/facts/tokens';
import type { PlatformFact } from '../schemas/platform-fact';

/** The day this build runs: staleness is judged against it. */
export const buildDate = new Date();

/** Every platform fact by id, with source ids as plain strings. */
export async function getPlatformFacts(): Promise<Map<string, PlatformFact>> {
	const entries = await getCollection('platformFacts');
	return new Map(entries.map((entry) => [entry.id, { ...entry.data, sources: entry.data.sources.map((source) => source.id) }]));
}

export async function getPlatformFact(id: string): Promise<PlatformFact> {
	const fact = (await getPlatformFacts()).get(id);
	if (!fact) throw new Error(`Fact "${id}": no such file content/platform-facts/${id}.json`);
	return fact;
}

/** A replacer for `{fact:id}` tokens in JSON content, in the reader's language, marked when stale. */
export async function factFiller(locale: Locale, today: Date = buildDate): Promise<(text: string) => string> {
	const facts = await getPlatformFacts();
	return (text) =>
		replaceFactTokens(text, (id) => {
			const fact = facts.get(id);
			return fact && formatFactInline(fact, locale, isStale(fact.verified, today));
		});
}
