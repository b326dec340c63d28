/** Facts not re-checked for this many months carry a visible mark. */
export const STALE_AFTER_MONTHS = 12;

function dayUtc(day: string): Date {
	return new Date(`${day}T00:00:00Z`);
}

/**
 * True when `verified` (YYYY-MM-DD) lies more than twelve months before
 * `today`. Pure: the build passes its own date in.
 * Exactly twelve months is still fresh; the day after is stale.
 */
export function isStale(verified: string, today: Date): boolean {
	const limit = dayUtc(verified);
	limit.setUTCMonth(limit.getUTCMonth() + STALE_AFTER_MONTHS);
	const todayDay = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
	return todayDay.getTime() > limit.getTime();
}

/** The oldest and newest verified days among `days` (YYYY-MM-DD), or undefined for none. */
export function verifiedSpan(days: readonly string[]): { oldest: string; newest: string } | undefined {
	if (days.length === 0) return undefined;
	const sorted = [...days].sort();
	return { oldest: sorted[0]!, newest: sorted[sorted.length - 1]! };
}
