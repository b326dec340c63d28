/**
 * Calendar days as plain `YYYY-MM-DD` strings. All arithmetic runs on UTC
 * midnights, so a plan computed in Shanghai, London or New York gives the
 * same dates: no time zone or daylight-saving change can shift a day.
 */

const isoDayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const dayMs = 86_400_000;

/** The earliest and latest days a plan may use: wide enough for any contract, small enough to stay 4-digit years. */
export const minIsoDay = '2000-01-01';
export const maxIsoDay = '2099-12-31';

/** Days since 1970-01-01 for a real calendar day in range, else undefined. */
export function dayNumber(isoDay: unknown): number | undefined {
	if (typeof isoDay !== 'string' || isoDay < minIsoDay || isoDay > maxIsoDay) return undefined;
	return anyDayNumber(isoDay);
}

/** Days since 1970-01-01 for any real calendar day with a 4-digit year. */
function anyDayNumber(isoDay: string): number | undefined {
	const match = isoDayPattern.exec(isoDay);
	if (!match) return undefined;
	const year = Number(match[1]);
	const month = Number(match[2]);
	const day = Number(match[3]);
	const time = Date.UTC(year, month - 1, day);
	const date = new Date(time);
	// Rejects 2027-02-30 and the like, which Date.UTC would roll over.
	if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
	return time / dayMs;
}

export function isIsoDay(value: unknown): value is string {
	return dayNumber(value) !== undefined;
}

/** The `YYYY-MM-DD` of a day number. */
export function isoDayFromNumber(days: number): string {
	return new Date(days * dayMs).toISOString().slice(0, 10);
}

/** `isoDay` moved by a whole number of days (negative moves back). */
export function addDays(isoDay: string, days: number): string {
	const start = anyDayNumber(isoDay);
	if (start === undefined) throw new RangeError(`Not a day: ${JSON.stringify(isoDay)}`);
	return isoDayFromNumber(start + days);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
	const a = anyDayNumber(from);
	const b = anyDayNumber(to);
	if (a === undefined || b === undefined) throw new RangeError('Not a day');
	return b - a;
}

/** The calendar day the user sees on their own clock, from the browser's local time. */
export function localIsoDay(now: Date): string {
	const pad = (value: number, width = 2) => String(value).padStart(width, '0');
	return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** `20270630`, the form iCalendar's DATE values take. */
export function compactIsoDay(isoDay: string): string {
	return isoDay.replaceAll('-', '');
}
