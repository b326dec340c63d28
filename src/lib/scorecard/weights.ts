import { parseNumberInput } from '../format/parse-number';
import { MAX_WEIGHT } from './criteria';
import type { Criterion } from './types';

export type WeightInputResult = { ok: true; value: number } | { ok: false; error: 'empty' | 'not-a-number' | 'decimal-comma' | 'too-large' };

/**
 * Reads what someone typed into a weight field with the number reader every tool uses
 * (`parseNumberInput`: full-width digits from Chinese keyboards, `1,000`, a trailing %).
 * A weight is 0–100 points, kept to two decimals.
 */
export function parseWeightInput(text: string): WeightInputResult {
	const parsed = parseNumberInput(text);
	if (!parsed.ok) return { ok: false, error: parsed.error === 'invalid' ? 'not-a-number' : parsed.error };
	if (parsed.value < 0) return { ok: false, error: 'not-a-number' };
	if (parsed.value > MAX_WEIGHT) return { ok: false, error: 'too-large' };
	return { ok: true, value: Math.round(parsed.value * 100) / 100 };
}

/** How a weight is written back into its field: no trailing zeros. */
export function formatWeight(value: number): string {
	return String(Math.round(value * 100) / 100);
}

export function totalWeight(criteria: readonly Criterion[]): number {
	return criteria.reduce((sum, criterion) => sum + criterion.weight, 0);
}

/**
 * A criterion's share of all the weight, as a whole percentage for display.
 * Weights are points, not percentages, so 10/10/10 reads as 33% each.
 */
export function weightShare(criterion: Criterion, criteria: readonly Criterion[]): number {
	const total = totalWeight(criteria);
	return total > 0 ? criterion.weight / total : 0;
}
