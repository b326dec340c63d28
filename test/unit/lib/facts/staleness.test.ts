import { describe, expect, it } from 'vitest';
import { isStale, verifiedSpan } from '../../../../src/lib/facts/staleness';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('isStale', () => {
	it('keeps a figure fresh up to and including twelve months after it was verified', () => {
		expect(isStale('2025-12-06', day('2026-12-06'))).toBe(false);
		expect(isStale('2026-11-29', day('2026-12-06'))).toBe(false);
	});

	it('marks a figure stale from the day after the twelve months run out', () => {
		expect(isStale('2025-12-06', day('2026-12-07'))).toBe(true);
		expect(isStale('2025-01-10', day('2026-12-06'))).toBe(true);
	});

	it('ignores the time of day the build runs', () => {
		expect(isStale('2025-12-06', new Date('2026-12-06T23:59:59Z'))).toBe(false);
	});

	it('never calls a figure verified in the future stale', () => {
		expect(isStale('2027-01-01', day('2026-12-06'))).toBe(false);
	});
});

describe('verifiedSpan', () => {
	it('gives the oldest and newest verified day of a page’s figures', () => {
		expect(verifiedSpan(['2026-12-06', '2026-11-29', '2026-12-06'])).toEqual({ oldest: '2026-11-29', newest: '2026-12-06' });
	});

	it('gives nothing for a page without figures', () => {
		expect(verifiedSpan([])).toBeUndefined();
	});
});
