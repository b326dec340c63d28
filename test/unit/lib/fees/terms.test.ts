import { describe, expect, it } from 'vitest';
import { breakEvens } from '../../../../src/lib/fees/break-even';
import { tieredCommission } from '../../../../src/lib/fees/commission';
import { evaluateContract, monthlyGmvSeries } from '../../../../src/lib/fees/contract';
import { guaranteeRefund } from '../../../../src/lib/fees/guarantee';
import { marginView } from '../../../../src/lib/fees/margin';
import { monthlyCost } from '../../../../src/lib/fees/monthly-cost';
import type { CalculatorState, Quote } from '../../../../src/lib/fees/types';

function quote(overrides: Partial<Quote>): Quote {
	return { name: 'Q', monthlyFee: 0, rate: 0, base: 'gmv', tiers: [], guaranteedGmv: null, ...overrides };
}

describe('tiered commission (applied like tax brackets)', () => {
	const tiered = quote({ rate: 5, tiers: [{ above: 1_000_000, rate: 3 }] });

	it('charges 5% up to 1,000,000 and 3% only on the part above', () => {
		expect(tieredCommission(800_000, tiered)).toBe(40_000);
		expect(tieredCommission(1_000_000, tiered)).toBe(50_000);
		expect(tieredCommission(1_500_000, tiered)).toBe(65_000);
	});

	it('has no jump at the threshold', () => {
		expect(tieredCommission(1_000_001, tiered) - tieredCommission(1_000_000, tiered)).toBeCloseTo(0.03, 9);
	});

	it('handles several brackets, including a rate that rises with sales', () => {
		const rising = quote({
			rate: 2,
			tiers: [
				{ above: 100, rate: 4 },
				{ above: 300, rate: 10 },
			],
		});
		// 100 at 2% + 200 at 4% + 100 at 10%
		expect(tieredCommission(400, rising)).toBeCloseTo(2 + 8 + 10, 10);
	});

	it('applies thresholds to net sales when the base is net', () => {
		const net = quote({ rate: 5, base: 'net', tiers: [{ above: 900_000, rate: 0 }] });
		// 1,000,000 GMV with 10% refunds is 900,000 net: all of it in the first bracket.
		expect(monthlyCost(1_000_000, net, 10)).toBe(45_000);
		expect(monthlyCost(2_000_000, net, 10)).toBe(45_000);
	});
});

describe('guaranteed sales (保底)', () => {
	const guaranteed = quote({ monthlyFee: 100_000, rate: 2, guaranteedGmv: 2_000_000 });

	it('refunds the fee in proportion to the shortfall', () => {
		// 25% short of the target → a quarter of the fee back.
		expect(guaranteeRefund(1_500_000, guaranteed)).toBe(25_000);
		expect(monthlyCost(1_500_000, guaranteed, 0)).toBe(100_000 - 25_000 + 30_000);
	});

	it('refunds nothing once the target is met or beaten', () => {
		expect(guaranteeRefund(2_000_000, guaranteed)).toBe(0);
		expect(guaranteeRefund(5_000_000, guaranteed)).toBe(0);
	});

	it('never refunds more than the fee, even with no sales at all', () => {
		expect(guaranteeRefund(0, guaranteed)).toBe(100_000);
		expect(guaranteeRefund(-10, guaranteed)).toBe(100_000);
		expect(monthlyCost(0, guaranteed, 0)).toBe(0);
	});

	it('finds the break-even on the sloped part below the target', () => {
		// Below 2,000,000 the guaranteed quote costs 0.05·g + 0.02·g = 0.07·g; a 6% commission-only quote costs 0.06·g.
		// They only meet at zero below the target; above it 100,000 + 0.02·g = 0.06·g at 2,500,000.
		const meetings = breakEvens(guaranteed, quote({ rate: 6 }), 0);
		expect(meetings).toEqual([{ kind: 'point', gmv: 2_500_000 }]);
	});
});

describe('break-evens', () => {
	it('says none when the lines never cross at positive GMV', () => {
		expect(breakEvens(quote({ monthlyFee: 10_000, rate: 5 }), quote({ monthlyFee: 5_000, rate: 3 }), 0)).toEqual([]);
		// Two commission-only quotes meet only at zero sales, which does not count.
		expect(breakEvens(quote({ rate: 5 }), quote({ rate: 3 }), 0)).toEqual([]);
	});

	it('reports a range when two quotes cost the same over a stretch', () => {
		const capped = quote({ rate: 5, tiers: [{ above: 1_000_000, rate: 0 }] });
		const flat = quote({ monthlyFee: 50_000 });
		expect(breakEvens(capped, flat, 0)).toEqual([{ kind: 'range', from: 1_000_000, to: Infinity }]);
	});

	it('reports identical quotes as equal everywhere', () => {
		const same = quote({ monthlyFee: 1_000, rate: 4 });
		expect(breakEvens(same, { ...same, name: 'copy' }, 10)).toEqual([{ kind: 'range', from: 0, to: Infinity }]);
	});

	it('can find two crossings when a tier bends one line', () => {
		// 10% up to 100,000 then 1%, against 2,000 + 5%: they meet at 40,000 and again at 175,000.
		const bent = quote({ rate: 10, tiers: [{ above: 100_000, rate: 1 }] });
		const steady = quote({ monthlyFee: 2_000, rate: 5 });
		const meetings = breakEvens(bent, steady, 0);
		expect(meetings.map((meeting) => (meeting.kind === 'point' ? Math.round(meeting.gmv) : NaN))).toEqual([40_000, 175_000]);
		for (const meeting of meetings) {
			if (meeting.kind !== 'point') throw new Error('expected points');
			expect(monthlyCost(meeting.gmv, bent, 0)).toBeCloseTo(monthlyCost(meeting.gmv, steady, 0), 6);
		}
	});

	it('ignores tiers on net sales when every sale is refunded', () => {
		const net = quote({ rate: 5, base: 'net', tiers: [{ above: 100, rate: 1 }] });
		expect(monthlyCost(1_000_000, net, 100)).toBe(0);
		expect(breakEvens(net, quote({ monthlyFee: 1 }), 100)).toEqual([]);
	});
});

describe('contract length and growth', () => {
	const base: CalculatorState = {
		monthlyGmv: 100_000,
		months: 3,
		refundRate: 0,
		monthlyGrowth: 10,
		quotes: [quote({ monthlyFee: 1_000, rate: 10 })],
		grossMargin: null,
		platformFeeRate: null,
		inHouseMonthlyCost: null,
	};

	it('compounds growth month by month', () => {
		const series = monthlyGmvSeries(base);
		expect(series[0]).toBe(100_000);
		expect(series[1]).toBeCloseTo(110_000, 6);
		expect(series[2]).toBeCloseTo(121_000, 6);
	});

	it('sums the months and divides by total GMV for the effective rate', () => {
		const result = evaluateContract(base);
		expect(result.quotes[0]?.totalCost).toBeCloseTo(3_000 + 33_100, 6);
		expect(result.quotes[0]?.effectiveRate).toBeCloseTo((36_100 / 331_000) * 100, 9);
	});

	it('has no effective rate without sales', () => {
		expect(evaluateContract({ ...base, monthlyGmv: 0 }).quotes[0]?.effectiveRate).toBeNull();
	});

	it('lists every tied quote as cheapest', () => {
		const tied = evaluateContract({ ...base, quotes: [quote({ monthlyFee: 5 }), quote({ monthlyFee: 5 }), quote({ monthlyFee: 6 })] });
		expect(tied.cheapest).toEqual([0, 1]);
	});
});

describe('margin view', () => {
	const state: CalculatorState = {
		monthlyGmv: 1_000_000,
		months: 12,
		refundRate: 10,
		monthlyGrowth: 0,
		quotes: [quote({ monthlyFee: 20_000, rate: 3, base: 'net' })],
		grossMargin: 40,
		platformFeeRate: 5,
		inHouseMonthlyCost: 80_000,
	};

	it('takes margin and platform fee on net sales, then the agency or in-house cost', () => {
		const view = marginView(state, evaluateContract(state));
		// 900,000 net × (40% − 5%) = 315,000 before anyone runs the store.
		expect(view?.beforeOperator.firstMonth).toBeCloseTo(315_000, 6);
		expect(view?.afterQuotes[0]?.firstMonth).toBeCloseTo(315_000 - 47_000, 6);
		expect(view?.afterQuotes[0]?.total).toBeCloseTo((315_000 - 47_000) * 12, 6);
		expect(view?.afterInHouse?.firstMonth).toBeCloseTo(235_000, 6);
	});

	it('waits for a gross margin, and leaves out in-house until a cost is entered', () => {
		expect(marginView({ ...state, grossMargin: null }, evaluateContract(state))).toBeNull();
		expect(marginView({ ...state, inHouseMonthlyCost: null }, evaluateContract(state))?.afterInHouse).toBeNull();
	});
});
