import type { Locale } from '../locale';
import { numberFormat } from './intl';

/** A number as the text of an input box: grouped, no symbol, only the decimals it has (`1,000,000`, `2.5`). */
export function formatInputNumber(value: number, locale: Locale, maxDecimals = 4): string {
	return numberFormat(locale, { maximumFractionDigits: maxDecimals }).format(value);
}
