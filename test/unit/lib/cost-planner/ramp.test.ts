import { describe, expect, it } from 'vitest';
import { plan } from '../../../../src/lib/cost-planner/plan';
import { rampForPlan, rampFromSales } from '../../../../src/lib/cost-planner/ramp';
import { splitPastedRamp } from '../../../../src/lib/cost-planner/ramp-paste';
import { domesticExample } from './examples';

describe('rampFromSales', () => {
	it('starts a ramp from steady growth, month by month to the yuan, for the longest plan', () => {
		const ramp = rampFromSales({ firstMonthGmv: 200_000, monthlyGrowthPct: 15 });
		expect(ramp).toHaveLength(24);
		expect(ramp.slice(0, 6)).toEqual([200_000, 230_000, 264_500, 304_175, 349_801, 402_271]);
	});

	it('keeps a ramp that is already there and grows on from its last entry', () => {
		expect(rampFromSales({ firstMonthGmv: 1, monthlyGrowthPct: 10, ramp: [100, 300] }).slice(0, 5)).toEqual([100, 300, 330, 363, 399]);
		expect(rampFromSales({ firstMonthGmv: 200_000, monthlyGrowthPct: -50 }).slice(0, 4)).toEqual([200_000, 100_000, 50_000, 25_000]);
	});

	it('moves no result by more than a few yuan when a plan switches from growth to the ramp it starts', () => {
		const example = domesticExample();
		const sales = { ...example.sales, monthlyGrowthPct: 15, ramp: [] };
		const growth = plan({ ...example, sales });
		const ramped = plan({ ...example, sales: { ...sales, ramp: rampForPlan(rampFromSales(sales), 12) } });
		const figures = ({ plans: [first] }: ReturnType<typeof plan>) => [
			first!.peakCash.month,
			first!.breakEvenMonth,
			first!.cashPaybackMonth,
			first!.breakEvenGmv,
		];
		expect(figures(ramped)).toEqual(figures(growth));
		// Twelve months each rounded by at most half a yuan.
		expect(Math.abs(ramped.plans[0]!.peakCash.amount - growth.plans[0]!.peakCash.amount)).toBeLessThan(6);
	});
});

describe('rampForPlan', () => {
	it('uses one entry per month of the plan and keeps the rest out of it', () => {
		const entries = Array.from({ length: 24 }, (_, index) => (index + 1) * 1000);
		expect(rampForPlan(entries, 12)).toEqual([1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000, 10_000, 11_000, 12_000]);
		expect(rampForPlan(entries, 24)).toHaveLength(24);
		expect(rampForPlan([5, 6], 12)).toEqual([5, 6]);
	});
});

describe('splitPastedRamp', () => {
	it('splits a column or row copied from a spreadsheet into one figure per month', () => {
		expect(splitPastedRamp('200000\n300,000\r\n40万\n')).toEqual(['200000', '300,000', '40万']);
		expect(splitPastedRamp('1\t2\t3')).toEqual(['1', '2', '3']);
		expect(splitPastedRamp('１０万；２０万')).toEqual(['１０万', '２０万']);
	});

	it('leaves one figure alone, commas and spaces included (they group digits)', () => {
		expect(splitPastedRamp('1,000,000')).toBeNull();
		expect(splitPastedRamp('1 000 000')).toBeNull();
		expect(splitPastedRamp('  300000\n')).toBeNull();
	});
});
