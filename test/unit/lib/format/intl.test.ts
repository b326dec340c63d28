import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDayWithWeekday } from '../../../../src/lib/format/day';
import { numberFormat, type FormatOptions } from '../../../../src/lib/format/intl';
import { compactYuan } from '../../../../src/lib/format/money';
import { formatList } from '../../../../src/lib/format/list';
import { intlTag, localeKeys } from '../../../../src/lib/locale';

/** Every option set the site formats numbers with (src/lib/format, the scorecard). */
const optionSets: FormatOptions[] = [
	{ maximumFractionDigits: 0 },
	{ maximumFractionDigits: 2 },
	{ maximumFractionDigits: 4 },
	{ minimumFractionDigits: 2, maximumFractionDigits: 2 },
	{ style: 'percent', maximumFractionDigits: 0 },
	{ style: 'percent', maximumFractionDigits: 1 },
	{ style: 'percent', maximumFractionDigits: 2 },
	{ style: 'currency', maximumFractionDigits: 0, minimumFractionDigits: 0 },
];

/** Values where rounding, grouping or a compact unit changes. */
const edges = [
	0,
	-0,
	Number.NaN,
	Number.POSITIVE_INFINITY,
	Number.NEGATIVE_INFINITY,
	1,
	-1,
	0.5,
	1.005,
	0.125,
	0.0123,
	0.00005,
	-0.001,
	999,
	999.95,
	999.949,
	1000,
	1234,
	9999,
	9999.5,
	9999.96,
	10_000,
	12_345,
	99_950,
	99_999,
	999_949,
	999_999,
	1e6,
	1_402_000,
	1_481_481.48,
	1.45e7,
	99_999_999,
	1e8,
	1.5e9,
	1e12,
	1.23e13,
	1e15,
	1e21,
	1.5e-7,
	-47_000,
	-12_345.678,
	123_456_789.123,
	444_444.44,
];

/** Amounts in the tools' range: whole yuan, yuan and fen, rates with a few decimals, and any double. */
const values = fc.oneof(
	fc.integer({ min: -1e9, max: 1e12 }),
	fc.integer({ min: -1e8, max: 1e10 }).map((fen) => fen / 100),
	fc.integer({ min: -1e6, max: 1e6 }).map((tenThousandths) => tenThousandths / 10_000),
	fc.double({ min: -1e16, max: 1e16, noNaN: true }),
);

describe('number formatting without loading Intl data', () => {
	for (const locale of localeKeys) {
		for (const options of optionSets) {
			it(`writes what Intl.NumberFormat writes: ${locale} ${JSON.stringify(options)}`, () => {
				const intl = new Intl.NumberFormat(intlTag(locale), { ...options, currency: 'CNY' });
				const ours = numberFormat(locale, options);
				for (const value of edges) expect(ours.format(value), String(value)).toBe(intl.format(value));
				fc.assert(
					fc.property(values, (value) => ours.format(value) === intl.format(value)),
					{ numRuns: 2000 },
				);
			});
		}
	}

	for (const locale of localeKeys) {
		for (const decimals of [0, 1, 2]) {
			it(`writes compact yuan as Intl.NumberFormat does: ${locale}, ${decimals} decimals`, () => {
				const intl = new Intl.NumberFormat(intlTag(locale), {
					style: 'currency',
					currency: 'CNY',
					notation: 'compact',
					minimumFractionDigits: 0,
					maximumFractionDigits: decimals,
				});
				for (const value of edges) expect(compactYuan(value, locale, decimals), String(value)).toBe(intl.format(value));
				fc.assert(
					fc.property(values, (value) => compactYuan(value, locale, decimals) === intl.format(value)),
					{ numRuns: 2000 },
				);
			});
		}
	}

	it('gives the site formats literally', () => {
		expect(compactYuan(999_960, 'en', 1)).toBe('CN¥1m');
		expect(compactYuan(999_949, 'en', 2)).toBe('CN¥999.95k');
		expect(compactYuan(1_481_481.48, 'zh', 2)).toBe('¥148.15万');
		expect(compactYuan(14_500_000, 'zh', 2)).toBe('¥1450万');
		expect(numberFormat('en', { maximumFractionDigits: 2 }).format(1.005)).toBe('1.01');
		expect(numberFormat('en', { style: 'percent', maximumFractionDigits: 1 }).format(-0.0001)).toBe('-0%');
	});

	it('writes infinities and NaN as Intl does', () => {
		expect(numberFormat('en', { maximumFractionDigits: 0 }).format(Number.NEGATIVE_INFINITY)).toBe('-∞');
		expect(numberFormat('zh', { style: 'percent', maximumFractionDigits: 0 }).format(Number.NaN)).toBe('NaN%');
		expect(numberFormat('en', { style: 'currency', maximumFractionDigits: 0 }).format(1e21)).toBe('CN¥1,000,000,000,000,000,000,000');
		expect(numberFormat('en', { maximumFractionDigits: 4 }).format(1.5e-7)).toBe('0');
	});
});

describe('lists and days without loading Intl data', () => {
	it('joins lists as Intl.ListFormat does', () => {
		for (const locale of localeKeys) {
			const intl = new Intl.ListFormat(intlTag(locale), { type: 'conjunction' });
			fc.assert(fc.property(fc.array(fc.string(), { maxLength: 6 }), (items) => formatList(items, locale) === intl.format(items)));
		}
	});

	it('writes days with their weekday as Intl.DateTimeFormat does', () => {
		for (const locale of localeKeys) {
			const intl = new Intl.DateTimeFormat(intlTag(locale), { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
			fc.assert(
				fc.property(fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2199, 11, 31) }), (time) => {
					const day = new Date(time).toISOString().slice(0, 10);
					return formatDayWithWeekday(day, locale) === intl.format(new Date(`${day}T00:00:00Z`));
				}),
				{ numRuns: 2000 },
			);
		}
		expect(formatDayWithWeekday('2026-12-06', 'en')).toBe('Sun, 6 December 2026');
		expect(formatDayWithWeekday('2026-12-06', 'zh')).toBe('2026年12月6日周日');
		expect(formatDayWithWeekday('2026-02-30', 'en')).toBeUndefined();
		expect(formatDayWithWeekday('6 Dec', 'zh')).toBeUndefined();
	});
});
