import { describe, expect, it } from 'vitest';
import { chooseOption, clearAnswer, emptyState, getAnswer, normalizeValueText, setValueText, valueMaxLength } from '../../../../src/lib/contract-check/state';

describe('contract check state', () => {
	it('keeps the typed figure when the option changes, and ignores a figure for an unanswered topic', () => {
		let state = chooseOption(emptyState(), 'penalty', 'mutual');
		state = setValueText(state, 'penalty', '15');
		state = chooseOption(state, 'penalty', 'merchant-only');
		expect(getAnswer(state, 'penalty')).toEqual({ option: 'merchant-only', value: '15' });
		expect(setValueText(state, 'notice-period', '30')).toBe(state);
	});

	it('never finds Object.prototype members, and refuses ids that are not ids', () => {
		expect(getAnswer(emptyState(), 'constructor')).toBeUndefined();
		expect(() => chooseOption(emptyState(), '__proto__', 'x')).toThrow(RangeError);
		expect(() => chooseOption(emptyState(), 'penalty', 'Not An Id')).toThrow(RangeError);
	});

	it('cleans a typed figure: control characters removed, trimmed, capped', () => {
		expect(normalizeValueText(' 6\u00000\n ')).toBe('60');
		expect(Array.from(normalizeValueText('９'.repeat(100)))).toHaveLength(valueMaxLength);
	});

	it('forgets one answer', () => {
		const state = chooseOption(emptyState(), 'penalty', 'mutual');
		expect(clearAnswer(state, 'penalty')).toEqual(emptyState());
		expect(clearAnswer(state, 'accounts')).toBe(state);
	});
});
