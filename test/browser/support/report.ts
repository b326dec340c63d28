import { expect } from 'vitest';

/**
 * Fails with one readable line per problem (page, rule, element) instead of a
 * structural diff, which hides the point in long lists.
 */
export function expectNone(problems: readonly string[], title: string): void {
	expect(problems.length, `${title} (${problems.length}):\n${problems.join('\n')}\n`).toBe(0);
}
