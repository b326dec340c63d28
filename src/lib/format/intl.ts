import type { Locale } from '../locale';

/**
 * Numbers as `Intl.NumberFormat` writes them for en-GB and zh-CN, for the
 * options the site uses, without `Intl`. Why: a page's first `Intl.NumberFormat`
 * (or `DateTimeFormat`, `ListFormat`, `toLocaleString`) makes the browser load
 * its ICU locale data, which took 35–100 ms of main-thread time in Chromium 156
 * here (December 2026): one long task inside every tool page's hydration, four
 * times longer on a slow phone. Unit tests compare these formats with `Intl`
 * value by value. Compact amounts (k/m, 万/亿) are in ./money.ts.
 */
export interface FormatOptions {
	/** `currency` is the yuan: `CN¥` in English, `¥` in Chinese. */
	style?: 'decimal' | 'percent' | 'currency';
	minimumFractionDigits?: number;
	maximumFractionDigits: number;
}

export interface NumberFormatter {
	format(value: number): string;
}

/**
 * `abs` × 10^shift rounded half up to `decimals` places, with grouping commas
 * from `minGroup` integer digits on. It rounds the number's shortest decimal
 * text, digit by digit, as ICU does: 1.005 → 1.01, where `toFixed(2)` gives 1.00.
 */
export function decimalText(abs: number, shift: number, decimals: number, minDecimals = 0, minGroup = 1): string {
	if (!Number.isFinite(abs)) return abs > 0 ? '∞' : 'NaN';
	const [mantissa = '0', exponent = '0'] = String(abs).split('e');
	const [whole = '0', part = ''] = mantissa.split('.');
	const point = whole.length + Number(exponent) + shift;
	// All digits, with zeros before and after so that the point falls inside and the rounding digit exists.
	const padded = '0'.repeat(Math.max(0, 1 - point)) + whole + part;
	const at = Math.max(point, 1) + decimals;
	let kept = padded.padEnd(at + 1, '0').slice(0, at);
	if (padded.charAt(at) >= '5') kept = String(BigInt(kept) + 1n).padStart(at, '0');
	const integer = kept.slice(0, kept.length - decimals).replace(/^0+(?=\d)/, '');
	const fraction = kept
		.slice(kept.length - decimals)
		.replace(/0+$/, '')
		.padEnd(minDecimals, '0');
	return (integer.length < minGroup ? integer : integer.replace(/\B(?=(\d{3})+$)/g, ',')) + (fraction ? `.${fraction}` : '');
}

/** Sign, yuan symbol and percent sign around a formatted absolute value. */
export function signed(value: number, locale: Locale, style: FormatOptions['style'], body: string): string {
	const sign = value < 0 || Object.is(value, -0) ? '-' : '';
	return `${sign}${style === 'currency' ? (locale === 'zh' ? '¥' : 'CN¥') : ''}${body}${style === 'percent' ? '%' : ''}`;
}

/** Formats as `new Intl.NumberFormat(intlTag(locale), { ...options, currency: 'CNY' })` would. */
export function numberFormat(locale: Locale, { style, minimumFractionDigits, maximumFractionDigits }: FormatOptions): NumberFormatter {
	return {
		format: (value) => signed(value, locale, style, decimalText(Math.abs(value), style === 'percent' ? 2 : 0, maximumFractionDigits, minimumFractionDigits)),
	};
}
