import { describe, expect, it } from 'vitest';
import {
	checkExchange,
	checkTiers,
	exchangeText,
	inCurrency,
	localDay,
	readCurrency,
	readEntryNumber,
	readRateDate,
} from '../../../../src/lib/cost-planner/entry';
import { plannerRules } from '../../../../src/lib/cost-planner/limits';

const today = '2026-12-06';

describe('readCurrency', () => {
	it.each([
		['usd', { ok: true, value: 'USD' }],
		[' EUR ', { ok: true, value: 'EUR' }],
		['ＧＢＰ', { ok: true, value: 'GBP' }],
		['', { ok: true, value: null }],
		['US', { ok: false, problem: 'not-a-currency' }],
		['US$', { ok: false, problem: 'not-a-currency' }],
		['美元', { ok: false, problem: 'not-a-currency' }],
		['cny', { ok: false, problem: 'currency-cny' }],
		['RMB', { ok: false, problem: 'currency-cny' }],
	])('%j → %j', (text, expected) => {
		expect(readCurrency(text)).toEqual(expected);
	});
});

describe('readRateDate', () => {
	it.each([
		['2026-12-01', { ok: true, value: '2026-12-01' }],
		['2026/12/1', { ok: true, value: '2026-12-01' }],
		['2026.3.5', { ok: true, value: '2026-03-05' }],
		['2026年11月30日', { ok: true, value: '2026-11-30' }],
		['２０２６－１２－０６', { ok: true, value: '2026-12-06' }],
		['2024-02-29', { ok: true, value: '2024-02-29' }],
		['', { ok: true, value: null }],
		['2026-12-07', { ok: false, problem: 'future-date' }],
		['2027-01-01', { ok: false, problem: 'future-date' }],
		['2025-02-29', { ok: false, problem: 'not-a-date' }],
		['2026-13-01', { ok: false, problem: 'not-a-date' }],
		['1 December 2026', { ok: false, problem: 'not-a-date' }],
		['12/01/2026', { ok: false, problem: 'not-a-date' }],
		['2026-12', { ok: false, problem: 'not-a-date' }],
	])('%j → %j', (text, expected) => {
		expect(readRateDate(text, today)).toEqual(expected);
	});

	it('takes the reader’s local day', () => {
		expect(localDay(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
	});
});

describe('readEntryNumber', () => {
	it('reads numbers as the other boxes do and gives the limit it broke', () => {
		expect(readEntryNumber('7.1234', plannerRules.cnyPerUnit)).toEqual({ ok: true, value: 7.1234 });
		expect(readEntryNumber('7.12345', plannerRules.cnyPerUnit)).toEqual({ ok: true, value: 7.1235 });
		expect(readEntryNumber('', plannerRules.cnyPerUnit)).toEqual({ ok: true, value: null });
		expect(readEntryNumber('0', plannerRules.cnyPerUnit)).toEqual({ ok: false, problem: 'too-small', limit: 0 });
		expect(readEntryNumber('-7', plannerRules.cnyPerUnit)).toEqual({ ok: false, problem: 'negative' });
		expect(readEntryNumber('100001', plannerRules.cnyPerUnit)).toEqual({ ok: false, problem: 'too-large', limit: 100_000 });
		expect(readEntryNumber('7,2', plannerRules.cnyPerUnit)).toEqual({ ok: false, problem: 'decimal-comma' });
		expect(readEntryNumber('seven', plannerRules.cnyPerUnit)).toEqual({ ok: false, problem: 'invalid' });
	});
});

describe('checkExchange', () => {
	it('gives a rate when the currency and the rate are both usable', () => {
		expect(checkExchange({ currency: 'usd', rate: '7.2', date: '2026-12-01' }, today).exchange).toEqual({
			currency: 'USD',
			cnyPerUnit: 7.2,
			date: '2026-12-01',
		});
		expect(checkExchange({ currency: 'EUR', rate: '7.8', date: '' }, today).exchange).toEqual({ currency: 'EUR', cnyPerUnit: 7.8, date: null });
	});

	it('gives none while either is empty', () => {
		expect(checkExchange({ currency: '', rate: '7.2', date: '' }, today).exchange).toBeUndefined();
		expect(checkExchange({ currency: 'USD', rate: '', date: '2026-12-01' }, today).exchange).toBeUndefined();
	});

	it('keeps the previous value of a box with a problem, and reports the problem', () => {
		const previous = { currency: 'USD', cnyPerUnit: 7.2, date: '2026-12-01' };
		const checked = checkExchange({ currency: 'USD', rate: '7,3', date: '2026-12-31' }, today, previous);
		expect(checked.exchange).toEqual(previous);
		expect(checked.rate).toEqual({ ok: false, problem: 'decimal-comma' });
		expect(checked.date).toEqual({ ok: false, problem: 'future-date' });
		expect(checkExchange({ currency: 'CNY', rate: '7.3', date: '' }, today, previous).exchange).toEqual({ currency: 'USD', cnyPerUnit: 7.3, date: null });
	});

	it('has no rate when a box has a problem and there was none before', () => {
		expect(checkExchange({ currency: 'US', rate: '7.2', date: '' }, today).exchange).toBeUndefined();
	});

	it('writes a rate back into boxes', () => {
		expect(exchangeText({ currency: 'USD', cnyPerUnit: 7.2, date: '2026-12-01' }, String)).toEqual({ currency: 'USD', rate: '7.2', date: '2026-12-01' });
		expect(exchangeText(undefined, String)).toEqual({ currency: '', rate: '', date: '' });
	});
});

describe('inCurrency', () => {
	it('divides yuan by the yuan per unit', () => {
		expect(inCurrency(100_200, { currency: 'USD', cnyPerUnit: 7.2, date: null })).toBeCloseTo(13_916.6667, 4);
		expect(inCurrency(0, { currency: 'EUR', cnyPerUnit: 8, date: null })).toBe(0);
	});
});

describe('checkTiers', () => {
	it('reads complete rows into tiers, in order', () => {
		expect(
			checkTiers([
				{ upTo: '100万', pct: '50' },
				{ upTo: '5,000,000', pct: '30' },
			]).tiers,
		).toEqual([
			{ upToAnnualGmv: 1_000_000, rebatePct: 50 },
			{ upToAnnualGmv: 5_000_000, rebatePct: 30 },
		]);
	});

	it('skips a blank row quietly and flags a half-filled one', () => {
		const { checks, tiers } = checkTiers([
			{ upTo: '', pct: '' },
			{ upTo: '1000000', pct: '' },
		]);
		expect(tiers).toEqual([]);
		expect(checks).toEqual([
			{ upTo: { ok: true, value: null }, pct: { ok: true, value: null } },
			{ upTo: { ok: true, value: 1_000_000 }, pct: { ok: false, problem: 'empty' } },
		]);
	});

	it('leaves out a row with a bad number or a repeated threshold, keeping the others', () => {
		const { checks, tiers } = checkTiers([
			{ upTo: '1000000', pct: '50' },
			{ upTo: '1000000', pct: '20' },
			{ upTo: '0', pct: '10' },
			{ upTo: '2000000', pct: '150' },
		]);
		expect(tiers).toEqual([{ upToAnnualGmv: 1_000_000, rebatePct: 50 }]);
		expect(checks.map((check) => [check.upTo.ok || check.upTo.problem, check.pct.ok || check.pct.problem])).toEqual([
			[true, true],
			['duplicate-tier', true],
			['too-small', true],
			[true, 'too-large'],
		]);
	});

	it('reads at most four rows', () => {
		const rows = [1, 2, 3, 4, 5].map((n) => ({ upTo: String(n * 1000), pct: '10' }));
		expect(checkTiers(rows).tiers.map((tier) => tier.upToAnnualGmv)).toEqual([1000, 2000, 3000, 4000]);
	});
});
