/**
 * The languages the site is published in: the one leaf module that both `src/i18n` and
 * `src/lib` import (it imports nothing). English is the default and has no URL prefix;
 * every other locale lives under `/<key>/`.
 *
 * Two tags per locale, on purpose:
 * - `lang` goes in markup (`<html lang>`, `hreflang`): plain `en`, because the English
 *   pages are for every English reader, not only British ones;
 * - `intl` is what every `Intl` formatter gets (numbers, lists, plurals, dates), so all
 *   tools write the same "A, B and C" and the same digits: British English, as the copy is.
 */
/** Kept apart from `locales` so an island that formats numbers does not carry the labels and paths too. */
const intlTags = { en: 'en-GB', zh: 'zh-CN' } as const;

export const locales = {
	en: { lang: 'en', intl: intlTags.en, label: 'English', ogLocale: 'en_US', pathPrefix: '' },
	zh: { lang: 'zh-CN', intl: intlTags.zh, label: '简体中文', ogLocale: 'zh_CN', pathPrefix: '/zh' },
} as const;

export type Locale = keyof typeof locales;

export const defaultLocale: Locale = 'en';

export const localeKeys = Object.keys(locales) as Locale[];

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && Object.hasOwn(locales, value);
}

/** The BCP 47 tag `Intl` gets for each site locale: `en-GB`, `zh-CN`. */
export function intlTag(locale: Locale): (typeof intlTags)[Locale] {
	return intlTags[locale];
}
