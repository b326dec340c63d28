import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localeKeys, type Locale } from '../../../src/i18n/locales';
import { localeFromPath, neutralPath } from '../../../src/i18n/paths';
import { staticRoutes } from '../../../src/lib/site/routes';
import { glossaryFileSchema, type GlossaryFile } from '../../../src/schemas/glossary';

/** Ids other pages already link to as `/guide/glossary/#<id>`: removing one breaks their links. */
const linkedIds = [
	'tp', 'agency-operation', 'full-service', 'partial-service', 'project-based', 'consulting', 'base-fee',
	'commission', 'commission-base', 'guaranteed-minimum', 'tiered-commission', 'performance-bet', 'gmv',
	'conversion-rate', 'average-order-value', 'unique-visitors', 'roi', 'dsr', 'flagship-store', 'franchise-store',
	'specialty-store', 'deposit', 'annual-fee', 'technical-service-fee', 'zhitongche', 'display-ads', 'taobaoke',
	'slot-fee', 'brushing', 'registration', 'entity-change', 'business-advisor', 'qianniu', 'tmall-staff',
	'big-promotion',
];

function readRaw(locale: Locale): unknown {
	return JSON.parse(readFileSync(`content/glossary/${locale}.json`, 'utf8'));
}

function readGlossary(locale: Locale): GlossaryFile {
	return glossaryFileSchema.parse(readRaw(locale));
}

/** The title and short title of the guide page at `href`, if that page exists. */
function pageTitles(href: string): string[] {
	const locale = localeFromPath(href);
	const neutral = neutralPath(href.replace(/#.*$/, ''));
	const slug = /^\/guide\/([a-z0-9-]+)\/$/.exec(neutral)?.[1];
	const file = `content/guide/${locale}/${slug}.mdx`;
	if (!slug || !existsSync(file)) return [];
	const frontmatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
	return [...frontmatter.matchAll(/^(?:title|navTitle):\s*(.+)$/gm)].map((match) => match[1]!.trim());
}

const glossaries = Object.fromEntries(localeKeys.map((locale) => [locale, readGlossary(locale)])) as Record<Locale, GlossaryFile>;

describe('glossary content', () => {
	it.each(localeKeys)('%s: the file passes its schema and declares its own locale', (locale) => {
		expect(glossaries[locale].locale).toBe(locale);
	});

	it('has at least 25 terms in every language', () => {
		for (const locale of localeKeys) expect(glossaries[locale].terms.length, locale).toBeGreaterThanOrEqual(25);
	});

	it('has the same term ids, in the same order, in every language', () => {
		const [first, ...rest] = localeKeys;
		const reference = glossaries[first!].terms.map((term) => term.id);
		for (const locale of rest) expect(glossaries[locale].terms.map((term) => term.id), locale).toEqual(reference);
	});

	it('names each term identically in both files, so readers meet the same words', () => {
		const [first, ...rest] = localeKeys;
		const names = (locale: Locale) => glossaries[locale].terms.map(({ id, zh, en, pinyin }) => ({ id, zh, en, pinyin }));
		for (const locale of rest) expect(names(locale), locale).toEqual(names(first!));
	});

	it('has the same themes in every language', () => {
		const [first, ...rest] = localeKeys;
		const ids = (locale: Locale) => glossaries[locale].themes.map((theme) => theme.id);
		for (const locale of rest) expect(ids(locale), locale).toEqual(ids(first!));
	});

	it.each(linkedIds)('has the term "%s" that other pages link to', (id) => {
		for (const locale of localeKeys) expect(glossaries[locale].terms.map((term) => term.id), locale).toContain(id);
	});

	it('gives every term a Chinese name, an English name and a definition', () => {
		for (const locale of localeKeys) {
			for (const term of glossaries[locale].terms) {
				expect(term.zh, term.id).toMatch(/\p{Script=Han}/u);
				expect(term.en, term.id).toMatch(/[A-Za-z]/);
				expect(term.definition.trim().length, term.id).toBeGreaterThan(10);
			}
		}
	});

	it('writes Chinese definitions in Chinese and English definitions mainly in English', () => {
		const hanShare = (text: string) => (text.match(/\p{Script=Han}/gu) ?? []).length / text.replace(/\s/g, '').length;
		for (const term of glossaries.zh.terms) expect(hanShare(term.definition), term.id).toBeGreaterThan(0.5);
		for (const term of glossaries.en.terms) expect(hanShare(term.definition), term.id).toBeLessThan(0.1);
	});

	it('keeps definitions to one to three sentences', () => {
		const sentences = (text: string) => (text.match(/[.!?](?=\s|$)|[。！？]/g) ?? []).length;
		for (const locale of localeKeys) {
			for (const term of glossaries[locale].terms) {
				expect(sentences(term.definition), `${locale} ${term.id}`).toBeGreaterThanOrEqual(1);
				expect(sentences(term.definition), `${locale} ${term.id}`).toBeLessThanOrEqual(3);
			}
		}
	});

	it('points every "see also" at another term', () => {
		for (const locale of localeKeys) {
			const ids = new Set(glossaries[locale].terms.map((term) => term.id));
			for (const term of glossaries[locale].terms) {
				for (const related of term.seeAlso) {
					expect(related, `${locale} ${term.id}`).not.toBe(term.id);
					expect(ids.has(related), `${locale} ${term.id} → ${related}`).toBe(true);
				}
			}
		}
	});

	it('links each term to an existing guide page in the same language, named as that page is', () => {
		for (const locale of localeKeys) {
			for (const term of glossaries[locale].terms) {
				if (!term.guide) continue;
				expect(localeFromPath(term.guide.href), `${locale} ${term.id}`).toBe(locale);
				const titles = pageTitles(term.guide.href);
				expect(titles.length, `${term.guide.href} exists`).toBeGreaterThan(0);
				expect(titles, `${locale} ${term.id} label`).toContain(term.guide.label);
			}
		}
	});

	it('cites only sources that exist, and cites one wherever a definition has a figure', () => {
		for (const locale of localeKeys) {
			for (const term of glossaries[locale].terms) {
				for (const id of term.sources) expect(existsSync(`content/sources/${id}.json`), `${term.id}: ${id}`).toBe(true);
				if (/\d/.test(term.definition)) expect(term.sources.length, `${locale} ${term.id} has a figure`).toBeGreaterThan(0);
			}
		}
	});

	it('says the annual fee is no longer charged on Tmall, in both languages', () => {
		const definition = (locale: Locale) => glossaries[locale].terms.find((term) => term.id === 'annual-fee')!.definition;
		expect(definition('en')).toMatch(/stopped charging it from 1 September 2024/);
		expect(definition('zh')).toMatch(/2024 年 9 月 1 日起不再收取/);
	});

	it('lives at the glossary route other pages link to', () => {
		expect(staticRoutes.glossary).toBe('/guide/glossary/');
	});
});

describe('glossary schema', () => {
	const valid = readRaw('en') as { terms: Record<string, unknown>[]; [key: string]: unknown };
	const withTerm = (index: number, change: Record<string, unknown>) => ({
		...valid,
		terms: valid.terms.map((term, at) => (at === index ? { ...term, ...change } : term)),
	});

	it('refuses a "see also" that names no term', () => {
		expect(glossaryFileSchema.safeParse(withTerm(0, { seeAlso: ['no-such-term'] })).success).toBe(false);
	});

	it('refuses a term that lists itself under "see also"', () => {
		const id = valid.terms[0]!.id;
		expect(glossaryFileSchema.safeParse(withTerm(0, { seeAlso: [id] })).success).toBe(false);
	});

	it('refuses a duplicate id', () => {
		expect(glossaryFileSchema.safeParse(withTerm(1, { id: valid.terms[0]!.id })).success).toBe(false);
	});

	it('refuses a link into the other language', () => {
		const result = glossaryFileSchema.safeParse(withTerm(0, { guide: { href: '/zh/guide/contract/', label: 'Contract' } }));
		expect(result.success).toBe(false);
	});

	it('refuses an off-site or malformed link', () => {
		for (const href of ['https://example.com/', 'javascript:alert(1)', '/guide/contract']) {
			expect(glossaryFileSchema.safeParse(withTerm(0, { guide: { href, label: 'x' } })).success, href).toBe(false);
		}
	});

	it('refuses a theme the file does not define', () => {
		expect(glossaryFileSchema.safeParse(withTerm(0, { theme: 'nowhere' })).success).toBe(false);
	});

	it('refuses a term without a Chinese name', () => {
		expect(glossaryFileSchema.safeParse(withTerm(0, { zh: '' })).success).toBe(false);
	});
});
