import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localeKeys, type Locale } from '../../../src/i18n/locales';
import { localeFromPath, neutralPath } from '../../../src/i18n/paths';
import { staticRoutes } from '../../../src/lib/site/routes';
import { faqFileSchema, type FaqFile } from '../../../src/schemas/faq';
import { glossaryFileSchema } from '../../../src/schemas/glossary';

function readRaw(locale: Locale): unknown {
	return JSON.parse(readFileSync(`content/faq/${locale}.json`, 'utf8'));
}

const faqs = Object.fromEntries(localeKeys.map((locale) => [locale, faqFileSchema.parse(readRaw(locale))])) as Record<Locale, FaqFile>;

/** Whether a page exists for `href`: a guide article in that language, or one of the site's fixed routes. */
function pageExists(href: string): boolean {
	const locale = localeFromPath(href);
	const neutral = neutralPath(href.replace(/#.*$/, ''));
	const slug = /^\/guide\/([a-z0-9-]+)\/$/.exec(neutral)?.[1];
	if (slug && existsSync(`content/guide/${locale}/${slug}.mdx`)) return true;
	return Object.values(staticRoutes).includes(neutral as (typeof staticRoutes)[keyof typeof staticRoutes]);
}

/** "(Webpower China, undated)", "(大麦电商，2025 年)", "(South China Morning Post, July 2024)". */
const datedCitation = /[（(][^（）()]+[,，]\s*(?:undated|未注明日期|[^（）()]*\d{4}[^（）()]*)[)）]/;

describe('FAQ content', () => {
	it.each(localeKeys)('%s: the file passes its schema and declares its own locale', (locale) => {
		expect(faqs[locale].locale).toBe(locale);
	});

	it('asks exactly ten questions in every language', () => {
		for (const locale of localeKeys) expect(faqs[locale].questions, locale).toHaveLength(10);
	});

	it('asks the same questions, in the same order, in every language', () => {
		const [first, ...rest] = localeKeys;
		const ids = (locale: Locale) => faqs[locale].questions.map((entry) => entry.id);
		for (const locale of rest) expect(ids(locale), locale).toEqual(ids(first!));
	});

	it('writes the Chinese questions and answers in Chinese', () => {
		for (const entry of faqs.zh.questions) {
			expect(entry.question, entry.id).toMatch(/\p{Script=Han}/u);
			const han = (entry.answer.match(/\p{Script=Han}/gu) ?? []).length;
			expect(han / entry.answer.replace(/\s/g, '').length, entry.id).toBeGreaterThan(0.5);
		}
	});

	it('answers each question in two to four sentences', () => {
		const sentences = (text: string) => (text.match(/[.!?](?=\s|$)|[。！？]/g) ?? []).length;
		for (const locale of localeKeys) {
			for (const entry of faqs[locale].questions) {
				expect(sentences(entry.answer), `${locale} ${entry.id}`).toBeGreaterThanOrEqual(2);
				expect(sentences(entry.answer), `${locale} ${entry.id}`).toBeLessThanOrEqual(4);
			}
		}
	});

	it('sends each answer to an existing page in the same language', () => {
		for (const locale of localeKeys) {
			for (const entry of faqs[locale].questions) {
				expect(localeFromPath(entry.readMore.href), `${locale} ${entry.id}`).toBe(locale);
				expect(pageExists(entry.readMore.href), `${locale} ${entry.id} → ${entry.readMore.href}`).toBe(true);
			}
		}
	});

	it('names the source and date in the text wherever an answer gives a figure', () => {
		for (const locale of localeKeys) {
			for (const entry of faqs[locale].questions) {
				if (!/\d/.test(entry.answer)) continue;
				expect(entry.answer, `${locale} ${entry.id}`).toMatch(datedCitation);
				expect(entry.sources.length, `${locale} ${entry.id}`).toBeGreaterThan(0);
			}
		}
	});

	it('cites only sources that exist', () => {
		for (const locale of localeKeys) {
			for (const entry of faqs[locale].questions) {
				for (const id of entry.sources) expect(existsSync(`content/sources/${id}.json`), `${entry.id}: ${id}`).toBe(true);
			}
		}
	});

	it('links only glossary terms that exist', () => {
		for (const locale of localeKeys) {
			const glossary = glossaryFileSchema.parse(JSON.parse(readFileSync(`content/glossary/${locale}.json`, 'utf8')));
			const ids = new Set(glossary.terms.map((term) => term.id));
			for (const entry of faqs[locale].questions) {
				for (const term of entry.terms) expect(ids.has(term), `${locale} ${entry.id} → ${term}`).toBe(true);
			}
		}
	});

	it('says what is true now about the annual fee and about switching agencies', () => {
		const answer = (locale: Locale, id: string) => faqs[locale].questions.find((entry) => entry.id === id)!.answer;
		expect(answer('en', 'annual-fee')).toMatch(/from 1 September 2024/);
		expect(answer('zh', 'annual-fee')).toMatch(/2024 年 9 月 1 日起取消/);
		expect(answer('en', 'switching')).toMatch(/10 to 12 weeks[^.]*\(Shanghai Jungle, undated\)/);
		expect(answer('zh', 'switching')).toMatch(/10 到 12 周（Shanghai Jungle，未注明日期）/);
	});
});

describe('FAQ schema', () => {
	const valid = readRaw('zh') as { questions: Record<string, unknown>[]; [key: string]: unknown };

	it('refuses a "read more" link into the other language', () => {
		const questions = valid.questions.map((entry, index) =>
			index === 0 ? { ...entry, readMore: { href: '/guide/contract/', label: 'Contract' } } : entry,
		);
		expect(faqFileSchema.safeParse({ ...valid, questions }).success).toBe(false);
	});

	it('refuses a duplicate question id', () => {
		const questions = [...valid.questions, valid.questions[0]];
		expect(faqFileSchema.safeParse({ ...valid, questions }).success).toBe(false);
	});
});
