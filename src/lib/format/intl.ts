import type { Locale } from '../../i18n/locales';

/** The BCP 47 tag `Intl` gets for each site locale. */
export const intlLocale = { en: 'en-GB', zh: 'zh-CN' } as const satisfies Record<Locale, string>;

const cache = new Map<string, Intl.NumberFormat>();

/** Building a formatter is slow next to using one, and tables format hundreds of cells. */
export function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
	const key = `${locale}|${JSON.stringify(options)}`;
	let format = cache.get(key);
	if (!format) {
		format = new Intl.NumberFormat(intlLocale[locale], options);
		cache.set(key, format);
	}
	return format;
}
