import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localeKeys, type Locale } from '../../../src/i18n/locales';
import { scorecardStrings } from '../../../src/i18n/tools/scorecard';
import { scorecardNoticeStrings } from '../../../src/i18n/tools/scorecard-notices';
import { DEFAULT_CRITERION_IDS } from '../../../src/lib/scorecard/criteria';
import { scorecardContentSchema, type ScorecardContent } from '../../../src/schemas/scorecard';

function readContent(locale: Locale): ScorecardContent {
	return scorecardContentSchema.parse(JSON.parse(readFileSync(`content/scorecard/${locale}.json`, 'utf8')));
}

const content = Object.fromEntries(localeKeys.map((locale) => [locale, readContent(locale)])) as Record<
	Locale,
	ScorecardContent
>;

/** Every `{placeholder}` in every string of a tree, by dotted key. */
function placeholders(value: unknown, prefix = ''): Record<string, string[]> {
	if (typeof value === 'string') return { [prefix]: [...value.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).sort() };
	if (value && typeof value === 'object') {
		return Object.assign(
			{},
			...Object.entries(value).map(([key, child]) => placeholders(child, prefix ? `${prefix}.${key}` : key)),
		);
	}
	return {};
}

describe('scorecard content', () => {
	it.each(localeKeys)('%s: passes its schema and declares its own locale', (locale) => {
		expect(content[locale].locale).toBe(locale);
	});

	it('lists the same criteria, in the order shared links depend on, in every language', () => {
		for (const locale of localeKeys) {
			expect(content[locale].criteria.map((criterion) => criterion.id)).toEqual([...DEFAULT_CRITERION_IDS]);
		}
	});

	it('rests each criterion on the same sources in every language, and every source exists', () => {
		const [first, ...rest] = localeKeys;
		for (const [index, criterion] of content[first!].criteria.entries()) {
			for (const locale of rest) expect(content[locale].criteria[index]?.sources).toEqual(criterion.sources);
			for (const source of criterion.sources) expect(existsSync(`content/sources/${source}.json`), source).toBe(true);
		}
	});

	it('has a caveat on the same criteria in every language', () => {
		const withNote = (locale: Locale) => content[locale].criteria.filter((criterion) => criterion.note).map((criterion) => criterion.id);
		for (const locale of localeKeys) expect(withNote(locale)).toEqual(withNote('en'));
	});

	it('is written in Chinese in the Chinese file', () => {
		for (const criterion of content.zh.criteria) {
			for (const text of [criterion.label, criterion.question, criterion.high, criterion.low]) {
				expect(text).toMatch(/\p{Script=Han}/u);
			}
		}
	});
});

describe('scorecard interface strings', () => {
	it('use the same placeholders in every language, so no value goes missing in translation', () => {
		const [first, ...rest] = localeKeys;
		for (const dictionary of [scorecardStrings, scorecardNoticeStrings]) {
			for (const locale of rest) expect(placeholders(dictionary[locale])).toEqual(placeholders(dictionary[first!]));
		}
	});

	it('name a rank for each of the five agencies', () => {
		for (const locale of localeKeys) expect(scorecardStrings[locale].reasons.ordinals).toHaveLength(5);
	});
});
