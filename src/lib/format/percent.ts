import type { Locale } from '../locale';
import { numberFormat } from './intl';

/** A percentage given in percent units (`4.7` → `4.7%`), to at most `maxDecimals` places. */
export function formatPercent(percent: number, locale: Locale, maxDecimals = 2): string {
	return numberFormat(locale, { style: 'percent', maximumFractionDigits: maxDecimals }).format(percent / 100);
}
