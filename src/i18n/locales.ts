/**
 * The languages the site is published in. English is the default and has no
 * URL prefix; every other locale lives under `/<key>/`.
 */
export const locales = {
	en: { lang: 'en', label: 'English', ogLocale: 'en_US', pathPrefix: '' },
	zh: { lang: 'zh-CN', label: '简体中文', ogLocale: 'zh_CN', pathPrefix: '/zh' },
} as const;

export type Locale = keyof typeof locales;

export const defaultLocale: Locale = 'en';

export const localeKeys = Object.keys(locales) as Locale[];

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && Object.hasOwn(locales, value);
}
