import { intlTag, type Locale } from '../locale';

/** "A, B and C" in English, "A、B和C" in Chinese. */
export function formatList(items: readonly string[], locale: Locale): string {
	return new Intl.ListFormat(intlTag(locale), { type: 'conjunction' }).format(items);
}
