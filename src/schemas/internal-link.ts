import { z } from 'astro/zod';
import { localeFromPath } from '../i18n/paths';
import type { Locale } from '../i18n/locales';

/**
 * A path on this site, as the rest of the site writes them: lowercase,
 * ending in `/`, optionally with an anchor (`/zh/guide/contract/#ownership`).
 * Absolute URLs are refused so a data file can't link off-site by accident.
 */
export const sitePathSchema = z.string().regex(/^\/(?:[a-z0-9-]+\/)*(?:#[a-z0-9-]+)?$/, 'a site path such as /guide/contract/ or /zh/guide/contract/');

/** A link to another page of the guide, with the words the reader sees. */
export const pageLinkSchema = z.object({
	href: sitePathSchema,
	label: z.string().min(1).max(80),
});

export type PageLink = z.infer<typeof pageLinkSchema>;

/** Stable, URL-safe ids (they become `#anchors` other pages link to). */
export const slugIdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase words joined by hyphens');

/** The locales a content file may declare. Typed against `Locale` so a new locale is a type error here. */
export const localeSchema = z.enum(['en', 'zh'] satisfies [Locale, ...Locale[]]);

/** A Chinese file must link to Chinese pages and an English file to English pages. */
export function linkStaysInLocale(href: string, locale: Locale): boolean {
	return localeFromPath(href) === locale;
}
