import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { evaluateContract } from '../../../../src/lib/fees/contract';
import { guaranteeRefund } from '../../../../src/lib/fees/guarantee';
import { monthlyCost } from '../../../../src/lib/fees/monthly-cost';
import type { Quote } from '../../../../src/lib/fees/types';
import { exampleState } from '../../../../src/lib/fees/example';
import { maxNameLength, maxQuotes, maxTiers, rules, type NumberRule } from '../../../../src/lib/fees/limits';
import { decodeState, encodeState, type UrlIssue } from '../../../../src/lib/fees/url-state';
import { stateArb } from './arbitraries';

/** An independent description of a usable state, to hold the decoder's output to. */
const ruled = (rule: NumberRule) =>
	z.number().check(z.refine((value) => Number.isFinite(value) && value >= rule.min && value <= rule.max && (!rule.minExclusive || value > rule.min)));
const usableState = z.strictObject({
	monthlyGmv: ruled(rules.monthlyGmv),
	months: ruled(rules.months).int(),
	refundRate: ruled(rules.refundRate),
	monthlyGrowth: ruled(rules.monthlyGrowth),
	quotes: z
		.array(
			z.strictObject({
				name: z.string().refine((name) => Array.from(name).length <= maxNameLength && !/[<>~]/.test(name)),
				monthlyFee: ruled(rules.monthlyFee),
				rate: ruled(rules.rate),
				base: z.enum(['gmv', 'net']),
				tiers: z.array(z.strictObject({ above: ruled(rules.tierAbove), rate: ruled(rules.rate) })).max(maxTiers),
				guaranteedGmv: ruled(rules.guaranteedGmv)
					.refine((value) => value > 0)
					.nullable(),
			}),
		)
		.min(1)
		.max(maxQuotes),
	grossMargin: ruled(rules.grossMargin).nullable(),
	platformFeeRate: ruled(rules.platformFeeRate).nullable(),
	inHouseMonthlyCost: ruled(rules.inHouseMonthlyCost).nullable(),
});

const codes = (issues: UrlIssue[]) => issues.map((issue) => issue.code);

describe('URL state: the public format', () => {
	const workedExample = '?v=1&gmv=1000000&months=12&refund=10&q=A~60000~0~gmv&q=B~0~8~net&q=C~20000~3~net';

	it('reads the documented example link and reproduces its figures', () => {
		const { state, issues } = decodeState(workedExample);
		expect(issues).toEqual([]);
		expect(state.quotes.map((quote) => quote.name)).toEqual(['A', 'B', 'C']);
		expect(evaluateContract(state).quotes.map((quote) => quote.totalCost)).toEqual([720_000, 864_000, 564_000]);
	});

	it('writes the example in exactly the documented form', () => {
		const state = exampleState(['A', 'B', 'C']);
		expect(encodeState(state)).toBe(workedExample.slice(1));
	});

	it('writes tiers, guarantee and the optional inputs as documented', () => {
		const state = exampleState(['Shop & Co', '李记', 'C']);
		state.monthlyGrowth = 2.5;
		state.grossMargin = 40;
		state.platformFeeRate = 5;
		state.inHouseMonthlyCost = 80_000;
		state.quotes[0] = {
			...state.quotes[0]!,
			tiers: [
				{ above: 1_000_000, rate: 3 },
				{ above: 2_000_000, rate: 2 },
			],
		};
		state.quotes[1] = { ...state.quotes[1]!, guaranteedGmv: 800_000 };
		expect(encodeState(state)).toBe(
			'v=1&gmv=1000000&months=12&refund=10&growth=2.5&margin=40&pfee=5&inhouse=80000' +
				'&q=Shop%20%26%20Co~60000~0~gmv~1000000:3,2000000:2&q=%E6%9D%8E%E8%AE%B0~0~8~net~~800000&q=C~20000~3~net',
		);
		expect(decodeState(encodeState(state))).toEqual({ state, issues: [] });
	});

	it('accepts hand-written links: no version, spaces as +, upper-case base, skipped zeros', () => {
		const { state, issues } = decodeState('gmv=500000&q=Big+Agency~~5~NET&q=Flat~30000');
		expect(issues).toEqual([]);
		expect(state.monthlyGmv).toBe(500_000);
		expect(state.months).toBe(12);
		expect(state.quotes).toEqual([
			{ name: 'Big Agency', monthlyFee: 0, rate: 5, base: 'net', tiers: [], guaranteedGmv: null },
			{ name: 'Flat', monthlyFee: 30_000, rate: 0, base: 'gmv', tiers: [], guaranteedGmv: null },
		]);
	});

	it('opens the example with no query at all, and ignores tracking parameters', () => {
		expect(decodeState('')).toEqual({ state: exampleState(), issues: [] });
		expect(decodeState('?utm_source=wechat&fbclid=x')).toEqual({ state: exampleState(), issues: [] });
	});

	it('reads the tier and guarantee examples of docs/fee-calculator-url.md as described there', () => {
		const { state, issues } = decodeState('?q=D~20000~5~gmv~1000000:3&q=E~100000~2~gmv~~2000000');
		expect(issues).toEqual([]);
		const [tiered, guaranteed] = state.quotes as [Quote, Quote];
		// 5% of the first 1,000,000 and 3% of the next 500,000, plus the fee.
		expect(monthlyCost(1_500_000, tiered, 0)).toBe(20_000 + 50_000 + 15_000);
		// A quarter short of the promise: a quarter of the 100,000 fee comes back.
		expect(guaranteeRefund(1_500_000, guaranteed)).toBe(25_000);
	});

	it('keeps names with a tilde by turning it into the full-width ～', () => {
		const state = exampleState(['A~B', 'B', 'C']);
		expect(decodeState(encodeState(state)).state.quotes[0]?.name).toBe('A～B');
	});
});

describe('URL state: broken and hostile links', () => {
	it('reads an unknown version as version 1 and says so', () => {
		const { state, issues } = decodeState('?v=9&gmv=2000000');
		expect(state.monthlyGmv).toBe(2_000_000);
		expect(issues).toEqual([{ code: 'unknown-version', field: 'v', value: '9', outcome: 'read-anyway' }]);
	});

	it('replaces bad top-level numbers by the example value and explains each', () => {
		const { state, issues } = decodeState('?gmv=-5&months=12.5&refund=abc&growth=99&margin=200');
		expect(state.monthlyGmv).toBe(1_000_000);
		expect(state.months).toBe(12);
		expect(state.refundRate).toBe(10);
		expect(state.monthlyGrowth).toBe(0);
		expect(state.grossMargin).toBeNull();
		expect(issues).toEqual([
			{ code: 'negative', field: 'gmv', value: '-5', outcome: 'example-value' },
			{ code: 'not-whole', field: 'months', value: '12.5', outcome: 'example-value' },
			{ code: 'not-a-number', field: 'refund', value: 'abc', outcome: 'example-value' },
			{ code: 'too-large', field: 'growth', value: '99', limit: 50, outcome: 'ignored' },
			{ code: 'too-large', field: 'margin', value: '200', limit: 100, outcome: 'ignored' },
		]);
	});

	it('refuses absurd sizes and non-decimal spellings', () => {
		for (const raw of ['9'.repeat(400), '99999999999', '10000000000.01']) {
			expect(codes(decodeState(`?gmv=${raw}`).issues)).toEqual(['too-large']);
		}
		for (const raw of ['Infinity', 'NaN', '0x10', '1e6', '1e400', '1,000', '', ' - 5']) {
			expect(codes(decodeState(`?gmv=${encodeURIComponent(raw)}`).issues)).toEqual(['not-a-number']);
		}
	});

	it('drops a quote with markup and unreadable numbers, and falls back to the example quotes', () => {
		const { state, issues } = decodeState('?v=9&gmv=-5&q=<img src=x onerror=alert(1)>~abc~x~foo');
		expect(state.quotes).toEqual(exampleState().quotes);
		expect(codes(issues)).toEqual(['unknown-version', 'negative', 'name-markup', 'not-a-number', 'not-a-number', 'unknown-base', 'no-quotes']);
		expect(JSON.stringify(state)).not.toMatch(/[<>]/);
	});

	it('keeps a quote whose only problem is markup in its name, as plain text', () => {
		const { state, issues } = decodeState(`?q=${encodeURIComponent('<script>alert(1)</script>Agency')}~1000~2~gmv`);
		expect(state.quotes[0]?.name).toBe('alert(1) Agency');
		expect(codes(issues)).toEqual(['name-markup']);
	});

	it('cuts long names and says so', () => {
		const { state, issues } = decodeState(`?q=${'长'.repeat(100)}~1~1~gmv`);
		expect(state.quotes[0]?.name).toBe('长'.repeat(maxNameLength));
		expect(issues).toEqual([{ code: 'name-too-long', field: 'name', quote: 1, limit: maxNameLength, outcome: 'adjusted' }]);
	});

	it('keeps the first five quotes of ten thousand, and one duplicate note for repeated numbers', () => {
		const query = `${'&q=X~1~1~gmv'.repeat(10_000)}${'&gmv=5'.repeat(10_000)}`;
		const { state, issues } = decodeState(query);
		expect(state.quotes).toHaveLength(maxQuotes);
		expect(codes(issues)).toContain('too-many-quotes');
		expect(codes(issues)).toContain('too-long');
		expect(issues.length).toBeLessThanOrEqual(13);
	});

	it('ignores a broken tier or guarantee but keeps the quote', () => {
		const { state, issues } = decodeState('?q=T~1000~5~gmv~100000:3,oops,0:2,100000:1,abc:4~-1');
		expect(state.quotes).toEqual([{ name: 'T', monthlyFee: 1000, rate: 5, base: 'gmv', tiers: [{ above: 100_000, rate: 3 }], guaranteedGmv: null }]);
		expect(codes(issues)).toEqual(['bad-tier', 'bad-tier', 'duplicate-tier', 'bad-tier', 'negative']);
	});

	it('sorts tiers and keeps at most four', () => {
		const { state, issues } = decodeState('?q=T~0~5~gmv~5:1,4:1,3:1,2:1,1:1');
		expect(state.quotes[0]?.tiers.map((tier) => tier.above)).toEqual([1, 2, 3, 4]);
		expect(codes(issues)).toEqual(['too-many-tiers']);
	});

	it('caps the list of issues so a hostile link cannot bury the calculator', () => {
		const query = Array.from({ length: 5 }, () => 'q=<b>~x~y~z~a:b,c:d,e:f~g').join('&');
		const { issues } = decodeState(query);
		expect(issues.length).toBe(13);
		expect(issues.at(-1)?.code).toBe('more-issues');
	});
});

describe('URL state: properties', () => {
	it('round-trips every valid state exactly, with no issues', () => {
		fc.assert(
			fc.property(stateArb, (state) => {
				expect(decodeState(`?${encodeState(state)}`)).toEqual({ state, issues: [] });
			}),
			{ numRuns: 3000 },
		);
	}, 60_000);

	it('never throws and always returns a usable state, whatever the string', () => {
		const anyString = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ maxLength: 300 }));
		fc.assert(
			fc.property(anyString, (search) => {
				const { state } = decodeState(search);
				expect(usableState.safeParse(state).success).toBe(true);
			}),
			{ numRuns: 3000 },
		);
	}, 60_000);

	it('survives query-shaped garbage: known keys with hostile values', () => {
		const key = fc.constantFrom('v', 'gmv', 'months', 'refund', 'growth', 'margin', 'pfee', 'inhouse', 'q', 'Q', 'x');
		const hostile = fc.oneof(
			fc.string({ unit: 'binary', maxLength: 80 }),
			fc.constantFrom('<script>alert(1)</script>', '%', '%zz', '%E0%A4%A', '~~~~', '1e999', '-0', '٣', '１００万', '\u0000', '\ud800'),
			fc.array(fc.oneof(fc.string({ maxLength: 10 }), fc.double().map(String)), { maxLength: 7 }).map((segments) => segments.join('~')),
		);
		const query = fc.array(fc.tuple(key, hostile), { maxLength: 30 }).map((pairs) => pairs.map(([name, value]) => `${name}=${value}`).join('&'));
		fc.assert(
			fc.property(query, (search) => {
				const { state, issues } = decodeState(search);
				expect(usableState.safeParse(state).success).toBe(true);
				expect(issues.length).toBeLessThanOrEqual(13);
				// What the decoder accepted, it can write back out and read again unchanged.
				expect(decodeState(encodeState(state))).toEqual({ state, issues: [] });
			}),
			{ numRuns: 3000 },
		);
	}, 60_000);

	it('does not throw on non-string input from careless callers', () => {
		expect(() => decodeState(undefined as unknown as string)).not.toThrow();
		expect(() => decodeState(42 as unknown as string)).not.toThrow();
	});
});
