import type { Locale } from '../../i18n/locales';
import { intlLocale } from './intl';

/** "A, B and C" in English, "A、B和C" in Chinese. */
export function formatList(items: string[], locale: Locale): string {
	return new Intl.ListFormat(intlLocale[locale], { type: 'conjunction' }).format(items);
}
