import type { Locale } from '../locale';

/**
 * "A, B and C" in English, "A、B和C" in Chinese: what `Intl.ListFormat` writes for
 * en-GB and zh-CN, written out so a tool page does not load the browser's locale
 * data for it (see ./intl.ts).
 */
export function formatList(items: readonly string[], locale: Locale): string {
	const zh = locale === 'zh';
	return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(zh ? '、' : ', ')}${zh ? '和' : ' and '}${items.at(-1)}`;
}
