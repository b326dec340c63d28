import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localeKeys } from '../../../../src/i18n/locales';
import { groupByInitial, groupByTheme, initialLetter, sortByPinyin, termNames, type OrderableTerm } from '../../../../src/lib/glossary/organize';
import { glossaryFileSchema } from '../../../../src/schemas/glossary';

const term = (id: string, en: string, zh: string, theme = 'fees'): OrderableTerm => ({ id, en, zh, theme });

describe('initialLetter', () => {
	it('takes the first letter, upper-cased, ignoring accents and punctuation', () => {
		expect(initialLetter('taobaoke')).toBe('T');
		expect(initialLetter('Écart')).toBe('E');
		expect(initialLetter('“Quoted” term')).toBe('Q');
	});

	it('files digits and non-Latin starts under #', () => {
		expect(initialLetter('618 sale')).toBe('#');
		expect(initialLetter('提点')).toBe('#');
		expect(initialLetter('')).toBe('#');
	});
});

describe('groupByInitial (English page)', () => {
	const terms = [
		term('roi', 'ROI (return on investment)', '投入产出比'),
		term('base-fee', 'Base service fee', '基础服务费'),
		term('618', '618 festival', '六一八'),
		term('brushing', 'brushing (fake orders)', '刷单'),
		term('annual-fee', 'Annual software service fee', '年费'),
	];

	it('makes one group per initial, A to Z, with # last', () => {
		expect(groupByInitial(terms).map((group) => group.label)).toEqual(['A', 'B', 'R', '#']);
	});

	it('sorts terms alphabetically inside a letter, ignoring case', () => {
		const b = groupByInitial(terms).find((group) => group.label === 'B')!;
		expect(b.terms.map((entry) => entry.id)).toEqual(['base-fee', 'brushing']);
	});

	it('gives every group an anchor that cannot clash with a term id', () => {
		expect(groupByInitial(terms).map((group) => group.id)).toEqual(['glossary-a', 'glossary-b', 'glossary-r', 'glossary-other']);
	});
});

describe('groupByTheme (Chinese page)', () => {
	const themes = [
		{ id: 'service', label: '服务商与合作模式' },
		{ id: 'empty', label: '没有术语的分类' },
		{ id: 'fees', label: '代运营收费与合同' },
	];
	const terms = [
		term('commission', 'Commission', '提点 / 提成', 'fees'),
		term('base-fee', 'Base service fee', '基础服务费', 'fees'),
		term('tp', 'TP', '淘拍档', 'service'),
		term('guaranteed-minimum', 'Guaranteed minimum', '保底', 'fees'),
	];

	it('keeps the editor’s theme order and leaves out empty themes', () => {
		expect(groupByTheme(terms, themes).map((group) => group.label)).toEqual(['服务商与合作模式', '代运营收费与合同']);
	});

	it('sorts by pinyin inside a theme: bǎodǐ, jīchǔ, tídiǎn', () => {
		const fees = groupByTheme(terms, themes).find((group) => group.id === 'glossary-fees')!;
		expect(fees.terms.map((entry) => entry.zh)).toEqual(['保底', '基础服务费', '提点 / 提成']);
	});

	it('sorts by pinyin, not by character code', () => {
		// 直 (zhí, U+76F4) comes before 阿 (ā, U+963F) by code point; pinyin puts ā first.
		expect('直' < '阿').toBe(true);
		expect(sortByPinyin([term('z', 'Z', '直通车'), term('a', 'A', '阿里妈妈')]).map((entry) => entry.id)).toEqual(['a', 'z']);
	});
});

describe('termNames', () => {
	it('leads with the reader’s language', () => {
		const entry = term('tp', 'TP (Tmall Partner)', '淘拍档');
		expect(termNames(entry, 'en')).toEqual({ primary: 'TP (Tmall Partner)', secondary: '淘拍档' });
		expect(termNames(entry, 'zh')).toEqual({ primary: '淘拍档', secondary: 'TP (Tmall Partner)' });
	});
});

describe.each(localeKeys)('the real %s glossary', (locale) => {
	const file = glossaryFileSchema.parse(JSON.parse(readFileSync(`content/glossary/${locale}.json`, 'utf8')));
	const groups = locale === 'zh' ? groupByTheme(file.terms, file.themes) : groupByInitial(file.terms);

	it('shows every term exactly once', () => {
		const shown = groups.flatMap((group) => group.terms.map((entry) => entry.id));
		expect(shown.toSorted()).toEqual(file.terms.map((entry) => entry.id).toSorted());
	});

	it('never gives a group the same anchor as a term', () => {
		const termIds = new Set(file.terms.map((entry) => entry.id));
		for (const group of groups) expect(termIds.has(group.id), group.id).toBe(false);
	});
});
