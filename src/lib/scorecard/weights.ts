import { MAX_WEIGHT } from './criteria';
import type { Criterion } from './types';

export type WeightInputResult =
	| { ok: true; value: number }
	| { ok: false; error: 'empty' | 'not-a-number' | 'too-large' };

/**
 * Reads what someone typed into a weight field. Chinese input methods often
 * produce full-width digits (１５) or a full-width point (．), and some people
 * write a decimal comma or a trailing %, so those are accepted too.
 */
export function parseWeightInput(text: string): WeightInputResult {
	const normalised = text
		.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
		.replace(/[．。,，]/g, '.')
		.replace(/[%％]\s*$/, '')
		.trim();
	if (normalised === '') return { ok: false, error: 'empty' };
	if (!/^(\d+(\.\d*)?|\.\d+)$/.test(normalised)) return { ok: false, error: 'not-a-number' };
	const value = Number(normalised);
	if (!Number.isFinite(value)) return { ok: false, error: 'not-a-number' };
	if (value > MAX_WEIGHT) return { ok: false, error: 'too-large' };
	return { ok: true, value: Math.round(value * 100) / 100 };
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
