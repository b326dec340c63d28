import type { Locale } from '../i18n/locales';

type LocaleComponent = (props: { locale: Locale } & Record<string, unknown>) => unknown;

/**
 * Components that content editors or other features may add later (FAQ,
 * glossary). Looking them up keeps a page building while one is missing.
 */
const modules = import.meta.glob<{ default: LocaleComponent }>('./{faq,glossary,seo}/*.astro', { eager: true });

export function optionalComponent(name: string): LocaleComponent | undefined {
	return modules[`./${name}.astro`]?.default;
}
