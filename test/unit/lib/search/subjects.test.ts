import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localeKeys, type Locale } from '../../../../src/i18n/locales';
import { glossaryStrings } from '../../../../src/i18n/pages/glossary';
import { guideSubjects, normalizeSubject, pageSubjects, rankBySubject } from '../../../../src/lib/search/subjects';

describe('normalizeSubject', () => {
	it('ignores case, width, spacing and punctuation', () => {
		expect(normalizeSubject('  Hiring   Process ')).toBe('hiringprocess');
		expect(normalizeSubject('hiring-process?')).toBe('hiringprocess');
		expect(normalizeSubject('代运营是什么？')).toBe('代运营是什么');
		expect(normalizeSubject('ＴＰ')).toBe('tp');
		expect(normalizeSubject('合同 ')).toBe('合同');
	});

	it('leaves nothing of a query that is only punctuation', () => {
		expect(normalizeSubject(' ？！ - ')).toBe('');
	});
});

describe('pageSubjects', () => {
	it('joins the titles and the table, normalized and without repeats', () => {
		expect(pageSubjects('contract', 'zh', ['代运营合同要点与风险信号', '合同与风险信号'])).toEqual([
			'代运营合同要点与风险信号',
			'合同与风险信号',
			'合同',
			'代运营合同',
			'风险信号',
		]);
	});

	it('gives a page missing from the table only its titles', () => {
		expect(pageSubjects('new-page', 'en', ['A New Page', ''])).toEqual(['anewpage']);
	});
});

describe('rankBySubject', () => {
	it('lists the subject page first and keeps the order of the rest', () => {
		expect(rankBySubject(['contract', 'fees', 'what-is', 'home'], ['what-is'])).toEqual(['what-is', 'contract', 'fees', 'home']);
	});

	it('adds a subject page that the text search missed', () => {
		expect(rankBySubject(['glossary'], ['hiring'])).toEqual(['hiring', 'glossary']);
	});

	it('changes nothing without a subject page', () => {
		expect(rankBySubject(['b', 'a'], [])).toEqual(['b', 'a']);
	});

	it('never drops or repeats a page', () => {
		const ids = fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e'));
		fc.assert(
			fc.property(ids, ids, (ranked, subject) => {
				const ordered = rankBySubject(ranked, subject);
				expect(new Set(ordered)).toEqual(new Set([...ranked, ...subject]));
				expect(ordered).toHaveLength(new Set(ordered).size);
				expect(ordered.slice(0, subject.length)).toEqual(subject);
			}),
			{ numRuns: 1000 },
		);
	});
});

/** The guide's pages and their titles, read from the content as the build reads them. */
function guideTitles(locale: Locale): Map<string, string[]> {
	const folder = join('content/guide', locale);
	const titles = new Map<string, string[]>();
	for (const file of readdirSync(folder).filter((name) => name.endsWith('.mdx'))) {
		const text = readFileSync(join(folder, file), 'utf8');
		const field = (name: string) => new RegExp(`^${name}:\\s*(.+)$`, 'm').exec(text)?.[1]?.trim() ?? '';
		titles.set(file.replace(/\.mdx$/, ''), [field('title'), field('navTitle')]);
	}
	return titles;
}

/** Guide articles plus the glossary, which shares their frame. */
function allTitles(locale: Locale): Map<string, string[]> {
	return new Map([...guideTitles(locale), ['glossary', [glossaryStrings[locale].title]]]);
}

describe('the subjects table', () => {
	it('names subjects for every guide page and the glossary, in every locale', () => {
		for (const locale of localeKeys) {
			const slugs = [...guideTitles(locale).keys(), 'glossary'].sort();
			expect(Object.keys(guideSubjects).sort(), locale).toEqual(slugs);
			for (const slug of slugs) expect(guideSubjects[slug]?.[locale].length, `${locale} ${slug}`).toBeGreaterThan(0);
		}
	});

	it('gives each subject to one page only, so search knows which page comes first', () => {
		for (const locale of localeKeys) {
			const owner = new Map<string, string>();
			for (const [slug, titles] of allTitles(locale)) {
				for (const subject of pageSubjects(slug, locale, titles)) {
					expect(owner.get(subject), `${locale} “${subject}” is claimed by ${owner.get(subject)} and ${slug}`).toBeUndefined();
					owner.set(subject, slug);
				}
			}
		}
	});
});
