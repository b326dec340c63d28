import { intlTag, type Locale } from '../locale';

const cache = new Map<string, Intl.NumberFormat>();

/** Building a formatter is slow next to using one, and tables format hundreds of cells. */
export function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
	const key = `${locale}|${JSON.stringify(options)}`;
	let format = cache.get(key);
	if (!format) {
		format = new Intl.NumberFormat(intlTag(locale), options);
		cache.set(key, format);
	}
	return format;
}
