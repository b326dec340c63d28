import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatInputNumber } from '../../../../src/lib/format/number';
import { parseNumberInput } from '../../../../src/lib/format/parse-number';

const value = (text: string) => {
	const parsed = parseNumberInput(text);
	return parsed.ok ? parsed.value : parsed.error;
};

describe('reading numbers people type', () => {
	it('reads plain, grouped and spaced numbers', () => {
		expect(value('1000000')).toBe(1_000_000);
		expect(value('1,000,000')).toBe(1_000_000);
		expect(value(' 1 000 000 ')).toBe(1_000_000);
		expect(value('100,0000')).toBe(1_000_000);
		expect(value('2.5')).toBe(2.5);
		expect(value('.5')).toBe(0.5);
	});

	it('accepts currency and percent signs around the number', () => {
		expect(value('¥60,000')).toBe(60_000);
		expect(value('CN¥60,000')).toBe(60_000);
		expect(value('60000元')).toBe(60_000);
		expect(value('8%')).toBe(8);
	});

	it('reads full-width digits and punctuation from Chinese keyboards', () => {
		expect(value('１００００００')).toBe(1_000_000);
		expect(value('１，０００，０００')).toBe(1_000_000);
		expect(value('２．５')).toBe(2.5);
		expect(value('８％')).toBe(8);
		expect(value('￥６００００')).toBe(60_000);
		expect(value('－５')).toBe(-5);
	});

	it('reads 万 and 亿', () => {
		expect(value('100万')).toBe(1_000_000);
		expect(value('1.1万')).toBe(11_000);
		expect(value('¥4.7万')).toBe(47_000);
		expect(value('100万元')).toBe(1_000_000);
		expect(value('1.5亿')).toBe(150_000_000);
	});

	it('keeps the sign so range checks can say "negative"', () => {
		expect(value('-5')).toBe(-5);
		expect(value('−5')).toBe(-5);
		expect(value('-¥5,000')).toBe(-5_000);
		expect(Object.is(value('-0'), 0)).toBe(true);
	});

	it('returns an error code rather than a guess', () => {
		expect(value('')).toBe('empty');
		expect(value('   ')).toBe('empty');
		expect(value('abc')).toBe('invalid');
		expect(value('1.2.3')).toBe('invalid');
		expect(value('1e6')).toBe('invalid');
		expect(value('万')).toBe('invalid');
		expect(value('Infinity')).toBe('invalid');
		expect(value('--5')).toBe('invalid');
		expect(value('9'.repeat(400))).toBe('invalid');
	});

	it('reads a comma before three or four digits as grouping, and before one or two as an error, never a guess', () => {
		expect(value('1,000')).toBe(1000);
		expect(value('10,000')).toBe(10_000);
		expect(value('100,0000')).toBe(1_000_000);
		expect(value('1,5')).toBe('decimal-comma');
		expect(value('12,25')).toBe('decimal-comma');
		expect(value('1,5万')).toBe('decimal-comma');
		expect(value('１，５')).toBe('decimal-comma');
		expect(value('1,000.5')).toBe(1000.5);
	});

	it('reads an ideographic full stop between digits as a decimal point', () => {
		expect(value('2。5')).toBe(2.5);
		expect(value('2。')).toBe('invalid');
	});

	it('reads back whatever it formats for an input box (property)', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 10 ** 12 }), fc.constantFrom('en' as const, 'zh' as const), (count, locale) => {
				const number = count / 100;
				expect(value(formatInputNumber(number, locale))).toBe(number);
			}),
			{ numRuns: 2000 },
		);
	});

	it('never throws on any text (property)', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
				const parsed = parseNumberInput(text);
				if (parsed.ok) expect(Number.isFinite(parsed.value)).toBe(true);
			}),
			{ numRuns: 3000 },
		);
	});
});
