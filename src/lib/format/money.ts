import type { Locale } from '../locale';
import { numberFormat } from './intl';

const wholeYuan: Intl.NumberFormatOptions = { style: 'currency', currency: 'CNY', maximumFractionDigits: 0, minimumFractionDigits: 0 };

/** Full amount in whole yuan: `CN¥47,000` in English, `¥47,000` in Chinese. For tables, where digits must line up. */
export function formatMoney(value: number, locale: Locale): string {
	return numberFormat(locale, wholeYuan).format(value);
}

/** Whole yuan without the symbol (`564,000`), for table cells whose column header names the currency. */
export function formatAmount(value: number, locale: Locale): string {
	return numberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

/**
 * An amount for a sentence. Chinese readers count large sums in 万 and 亿
 * (`¥4.7万`, `¥148.15万`), so Chinese prose uses them from 10,000 up; English keeps full figures.
 */
export function formatMoneyInProse(value: number, locale: Locale): string {
	if (locale !== 'zh' || Math.abs(value) < 10_000) return formatMoney(value, locale);
	return numberFormat(locale, { ...wholeYuan, notation: 'compact', maximumFractionDigits: 2 }).format(value);
}

/** Short labels for chart axes: `CN¥1.5m`, `¥150万`. */
export function formatMoneyCompact(value: number, locale: Locale): string {
	return numberFormat(locale, { ...wholeYuan, notation: 'compact', maximumFractionDigits: 1 }).format(value);
}
