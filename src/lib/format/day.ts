import type { Locale } from '../locale';

const englishMonths = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const englishWeekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const chineseWeekdays = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

/**
 * A calendar day (`2026-12-06`) with its weekday: `Sun, 6 December 2026` in English,
 * `2026年12月6日周日` in Chinese. The same text as `Intl.DateTimeFormat` with
 * `{ weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' }` for en-GB
 * and zh-CN, written out so a tool page does not load the browser's locale data
 * for it (see ./intl.ts). Undefined for text that is not such a day.
 */
export function formatDayWithWeekday(isoDay: string, locale: Locale): string | undefined {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
	if (!match) return undefined;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(Date.UTC(year, month - 1, day));
	if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
	const weekday = date.getUTCDay();
	return locale === 'zh' ? `${year}年${month}月${day}日${chineseWeekdays[weekday]}` : `${englishWeekdays[weekday]}, ${day} ${englishMonths[month - 1]} ${year}`;
}
