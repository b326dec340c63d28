import { defaultLocale, locales, localeKeys, type Locale } from './locales';

/**
 * Turns a locale-neutral path such as `/guide/charging-modes/` into the URL
 * for one locale (`/zh/guide/charging-modes/`). Paths always end in `/`.
 */
export function localizePath(locale: Locale, neutralPath: string): string {
	const clean = `/${neutralPath.replace(/^\/+|\/+$/g, '')}`;
	const withSlash = clean === '/' ? '/' : `${clean}/`;
	return locale === defaultLocale ? withSlash : `${locales[locale].pathPrefix}${withSlash}`;
}

/** The locale a URL path belongs to, judged by its first segment. */
export function localeFromPath(pathname: string): Locale {
	const first = pathname.split('/').filter(Boolean)[0];
	const match = localeKeys.find((key) => key !== defaultLocale && locales[key].pathPrefix === `/${first}`);
	return match ?? defaultLocale;
}

export function localeFromUrl(url: URL): Locale {
	return localeFromPath(url.pathname);
}

/** Removes the locale prefix: `/zh/guide/x/` → `/guide/x/`. Hash and query are dropped. */
export function neutralPath(pathname: string): string {
	const locale = localeFromPath(pathname);
	const prefix = locales[locale].pathPrefix;
	const rest = prefix ? pathname.slice(prefix.length) : pathname;
	return localizePath(defaultLocale, rest || '/');
}

/** The same page in another language. */
export function switchLocalePath(pathname: string, target: Locale): string {
	return localizePath(target, neutralPath(pathname));
}
