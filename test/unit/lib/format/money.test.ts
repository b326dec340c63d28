import { describe, expect, it } from 'vitest';
import { formatAmount, formatMoney, formatMoneyCompact, formatMoneyInProse } from '../../../../src/lib/format/money';
import { formatInputNumber } from '../../../../src/lib/format/number';
import { formatList } from '../../../../src/lib/format/list';
import { formatPercent } from '../../../../src/lib/format/percent';

describe('formatting money', () => {
	it('shows whole yuan with the currency marked as CNY in English and ¥ in Chinese', () => {
		expect(formatMoney(564_000, 'en')).toBe('CN¥564,000');
		expect(formatMoney(564_000, 'zh')).toBe('¥564,000');
		expect(formatMoney(444_444.44, 'en')).toBe('CN¥444,444');
		expect(formatMoney(-5_000, 'en')).toBe('-CN¥5,000');
	});

	it('writes bare amounts for table cells whose header names the currency', () => {
		expect(formatAmount(564_000, 'en')).toBe('564,000');
		expect(formatAmount(444_444.44, 'zh')).toBe('444,444');
	});

	it('counts in 万 and 亿 in Chinese sentences, and keeps full figures in English', () => {
		expect(formatMoneyInProse(47_000, 'zh')).toBe('¥4.7万');
		expect(formatMoneyInProse(1_481_481.48, 'zh')).toBe('¥148.15万');
		expect(formatMoneyInProse(150_000_000, 'zh')).toBe('¥1.5亿');
		expect(formatMoneyInProse(9_999, 'zh')).toBe('¥9,999');
		expect(formatMoneyInProse(1_481_481.48, 'en')).toBe('CN¥1,481,481');
	});

	it('abbreviates axis labels in both languages', () => {
		expect(formatMoneyCompact(1_500_000, 'en')).toBe('CN¥1.5m');
		expect(formatMoneyCompact(2_000_000, 'zh')).toBe('¥200万');
	});
});

describe('formatting percentages and input text', () => {
	it('takes percent units and keeps up to two decimals', () => {
		expect(formatPercent(4.7, 'en')).toBe('4.7%');
		expect(formatPercent(4.7, 'zh')).toBe('4.7%');
		expect(formatPercent(100 / 3, 'en')).toBe('33.33%');
	});

	it('groups input numbers without a symbol', () => {
		expect(formatInputNumber(1_000_000, 'en')).toBe('1,000,000');
		expect(formatInputNumber(2.5, 'zh')).toBe('2.5');
	});
});

describe('joining lists', () => {
	it('joins names the way each language does', () => {
		expect(formatList(['A', 'B', 'C'], 'en')).toBe('A, B and C');
		expect(formatList(['报价 A', '报价 B'], 'zh')).toBe('报价 A和报价 B');
	});
});
