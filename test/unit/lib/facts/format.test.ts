import { describe, expect, it } from 'vitest';
import { formatFact, formatFactInline, formatVerifiedDay, staleNote } from '../../../../src/lib/facts/format';

const percent = (amount: number) => ({ value: { kind: 'exact' as const, amount }, unit: 'percent' as const });
const yuan = (amount: number) => ({ value: { kind: 'exact' as const, amount }, unit: 'cny' as const });

describe('formatFact', () => {
	it('writes percentages the same way in both languages', () => {
		expect(formatFact(percent(0.6), 'en')).toBe('0.6%');
		expect(formatFact(percent(0.6), 'zh')).toBe('0.6%');
		expect(formatFact(percent(9.1), 'zh')).toBe('9.1%');
	});

	it('writes a percentage range with an en dash', () => {
		const range = { value: { kind: 'range' as const, min: 2, max: 5 }, unit: 'percent' as const };
		expect(formatFact(range, 'en')).toBe('2%–5%');
		expect(formatFact(range, 'zh')).toBe('2%–5%');
	});

	it('writes yuan as RMB with grouping in English and in 万 in Chinese', () => {
		expect(formatFact(yuan(50_000), 'en')).toBe('RMB 50,000');
		expect(formatFact(yuan(50_000), 'zh')).toBe('5 万元');
		expect(formatFact(yuan(26_000), 'en')).toBe('RMB 26,000');
		expect(formatFact(yuan(26_000), 'zh')).toBe('2.6 万元');
		expect(formatFact(yuan(5_000), 'en')).toBe('RMB 5,000');
		expect(formatFact(yuan(5_000), 'zh')).toBe('5000 元');
	});

	it('writes a yuan range', () => {
		const range = { value: { kind: 'range' as const, min: 30_000, max: 60_000 }, unit: 'cny' as const };
		expect(formatFact(range, 'en')).toBe('RMB 30,000–60,000');
		expect(formatFact(range, 'zh')).toBe('3 万–6 万元');
	});

	it('says a fee of zero is waived, not "RMB 0"', () => {
		expect(formatFact(yuan(0), 'en')).toBe('waived');
		expect(formatFact(yuan(0), 'zh')).toBe('免收');
	});

	it('shows an open question as unverified instead of a number', () => {
		const open = { value: { kind: 'unresolved' as const }, unit: 'cny' as const };
		expect(formatFact(open, 'en')).toBe('unverified');
		expect(formatFact(open, 'zh')).toBe('未核实');
	});
});

describe('stale mark', () => {
	it('dates the mark in the reader’s language', () => {
		expect(formatVerifiedDay('2025-01-10', 'en')).toBe('10 January 2025');
		expect(formatVerifiedDay('2025-01-10', 'zh')).toBe('2025年1月10日');
		expect(staleNote('2025-01-10', 'en')).toBe('not re-checked since 10 January 2025');
		expect(staleNote('2025-01-10', 'zh')).toBe('2025年1月10日后未再核对');
	});

	it('adds the mark to a stale figure and leaves a fresh one alone', () => {
		const fact = { ...yuan(50_000), verified: '2025-01-10' };
		expect(formatFactInline(fact, 'en', true)).toBe('RMB 50,000 (not re-checked since 10 January 2025)');
		expect(formatFactInline(fact, 'zh', true)).toBe('5 万元（2025年1月10日后未再核对）');
		expect(formatFactInline(fact, 'en', false)).toBe('RMB 50,000');
		expect(formatFactInline(fact, 'zh', false)).toBe('5 万元');
	});
});
