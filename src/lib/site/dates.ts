/** `2026-11-29` for `<time datetime>`; content dates are calendar days in UTC. */
export function isoDay(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/** A long, human date in the reader's language: "29 November 2026" / "2026年11月29日". */
export function formatLongDate(date: Date, dateLocale: string): string {
	return new Intl.DateTimeFormat(dateLocale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(date);
}
