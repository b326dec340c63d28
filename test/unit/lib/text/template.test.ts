import { describe, expect, it } from 'vitest';
import { feeCalculatorStrings } from '../../../../src/i18n/tools/fee-calculator';
import { formatList } from '../../../../src/lib/format/list';
import { intlTag, locales } from '../../../../src/lib/locale';
import { joinSentences } from '../../../../src/lib/text/join-sentences';
import { fill, plural } from '../../../../src/lib/text/template';

describe('filling templates', () => {
	it('fills placeholders and leaves unknown ones as they are', () => {
		expect(fill('{name} ranks {ordinal}', { name: 'Acme', ordinal: 'first' })).toBe('Acme ranks first');
		expect(fill('{missing} here', {})).toBe('{missing} here');
		expect(fill('{n}{n}', { n: 1 })).toBe('11');
	});

	it('puts one space where Chinese meets a Latin word or a number, and nowhere else', () => {
		expect(fill('{name}最便宜', { name: 'Quote A' })).toBe('Quote A 最便宜');
		expect(fill('删除{agency}', { agency: 'Acme Co' })).toBe('删除 Acme Co');
		expect(fill('删除{agency}', { agency: '上海贝塔' })).toBe('删除上海贝塔');
		// A space or punctuation already there gets nothing more: no stray spaces in Chinese.
		expect(fill('月销售额 {gmv}、合同 {count} 个月', { gmv: '¥100万', count: 12 })).toBe('月销售额 ¥100万、合同 12 个月');
		expect(fill('按你的预计销售额，{name}最便宜。', { name: '报价一' })).toBe('按你的预计销售额，报价一最便宜。');
		expect(fill('共 {total}，占销售额的 {rate}。', { total: '¥56.4万', rate: '4.7%' })).toBe('共 ¥56.4万，占销售额的 4.7%。');
	});
});

describe('plurals', () => {
	it('picks the form by the count in each language and fills {count}', () => {
		const months = { one: '{count} month', other: '{count} months' };
		expect(plural('en', months, 1)).toBe('1 month');
		expect(plural('en', months, 12)).toBe('12 months');
		expect(plural('en', months, 0)).toBe('0 months');
		expect(plural('zh', { one: '{count} 个月', other: '{count} 个月' }, 1)).toBe('1 个月');
	});

	it('writes the fee calculator caption without "over 1 months"', () => {
		const caption = (locale: 'en' | 'zh', months: number) =>
			plural(locale, feeCalculatorStrings[locale].results.caption, months, { gmv: locale === 'en' ? 'CN¥1,000,000' : '¥100万' });
		expect(caption('en', 1)).toBe('Cost of each quote at CN¥1,000,000 a month over 1 month');
		expect(caption('en', 12)).toBe('Cost of each quote at CN¥1,000,000 a month over 12 months');
		expect(caption('zh', 1)).toBe('月销售额 ¥100万、合同 1 个月时各报价的费用');
	});
});

describe('joining sentences', () => {
	it('puts a space between English sentences and none between Chinese ones', () => {
		expect(joinSentences(['Enter a number.', 'Results still use 60,000 CNY.'], { spacedSentences: true })).toBe(
			'Enter a number. Results still use 60,000 CNY.',
		);
		expect(joinSentences(['请填写数字。', '结果暂时仍按 60000 元计算。'], { spacedSentences: false })).toBe('请填写数字。结果暂时仍按 60000 元计算。');
	});
});

describe('locale tags', () => {
	it('gives every Intl formatter British English and mainland Chinese, and markup plain en', () => {
		expect(intlTag('en')).toBe('en-GB');
		expect(intlTag('zh')).toBe('zh-CN');
		expect(locales.en.lang).toBe('en');
		expect(locales.zh.lang).toBe('zh-CN');
	});

	it('writes lists the same way in every tool: no serial comma in English', () => {
		// The scorecard once wrote "A, B, and C" (plain `en`) while the calculator wrote "A, B and C".
		expect(formatList(['A', 'B', 'C'], 'en')).toBe('A, B and C');
		expect(formatList(['甲', '乙', '丙'], 'zh')).toBe('甲、乙和丙');
	});
});
