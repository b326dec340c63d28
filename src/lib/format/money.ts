import type { Locale } from '../locale';
import { decimalText, numberFormat, signed, type FormatOptions } from './intl';

const wholeYuan: FormatOptions = { style: 'currency', maximumFractionDigits: 0, minimumFractionDigits: 0 };

/** Full amount in whole yuan: `CN¥47,000` in English, `¥47,000` in Chinese. For tables, where digits must line up. */
export function formatMoney(value: number, locale: Locale): string {
	return numberFormat(locale, wholeYuan).format(value);
}

/** Whole yuan without the symbol (`564,000`), for table cells whose column header names the currency. */
export function formatAmount(value: number, locale: Locale): string {
	return numberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

/** CLDR's short units for en-GB (every 10³) and zh-CN (every 10⁴). */
const compactUnits: Record<Locale, readonly [step: number, names: readonly string[]]> = {
	en: [3, ['', 'k', 'm', 'bn', 'tn']],
	zh: [4, ['', '万', '亿', '万亿']],
};

/**
 * Yuan in k/m/bn or 万/亿, as `Intl.NumberFormat` writes it with `notation: 'compact'`
 * (see ./intl.ts for why not `Intl`). The unit is the one for the amount as given,
 * unless rounding carries it into the next (999.96k → 1m); compact numbers group
 * from five integer digits on (¥9999, ¥1,000,000,000万亿).
 */
export function compactYuan(value: number, locale: Locale, decimals: number): string {
	const abs = Math.abs(value);
	const [step, names] = compactUnits[locale];
	/** The largest unit the amount reaches, as a power of ten. */
	const unitFor = (amount: number) => {
		let unit = names.length - 1;
		while (unit > 0 && !(amount >= 10 ** (unit * step))) unit -= 1;
		return unit * step;
	};
	const first = unitFor(abs);
	const power = unitFor(Number(decimalText(abs, -first, decimals, 0, 99)) * 10 ** first);
	return signed(value, locale, 'currency', decimalText(abs, -power, decimals, 0, 5) + names[power / step]);
}

/**
 * An amount for a sentence. Chinese readers count large sums in 万 and 亿
 * (`¥4.7万`, `¥148.15万`), so Chinese prose uses them from 10,000 up; English keeps full figures.
 */
export function formatMoneyInProse(value: number, locale: Locale): string {
	if (locale !== 'zh' || Math.abs(value) < 10_000) return formatMoney(value, locale);
	return compactYuan(value, locale, 2);
}

/** Short labels for chart axes: `CN¥1.5m`, `¥150万`. */
export function formatMoneyCompact(value: number, locale: Locale): string {
	return compactYuan(value, locale, 1);
}
