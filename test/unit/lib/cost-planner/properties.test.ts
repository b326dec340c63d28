import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultInputs } from '../../../../src/lib/cost-planner/defaults';
import { maxRampMonths, maxRebateTiers, plannerRules, type PlannerRuleName } from '../../../../src/lib/cost-planner/limits';
import { breakEvenGmv, costLines, plan, planQuote, refundableAtOpening, steadyContribution, sumCosts } from '../../../../src/lib/cost-planner/plan';
import type { PlannerInputs, QuotePlan } from '../../../../src/lib/cost-planner/types';
import { decodePlan, encodePlan } from '../../../../src/lib/cost-planner/url';
import { rules as feeRules, maxQuotes, maxTiers } from '../../../../src/lib/fees/limits';
import { inputsArb } from './arbitraries';
import { domesticExample, factsFixture } from './examples';

/** Float sums over 24 months of up to billions: equal within a billionth of the amounts involved. */
function near(a: number, b: number, scale: number): boolean {
	return Math.abs(a - b) <= 1e-9 * Math.max(1, scale, Math.abs(a), Math.abs(b));
}

function scaleOf(result: QuotePlan): number {
	return result.rows.reduce((sum, row) => sum + row.gmv + row.totalCosts + row.tiedUp, 0);
}

/** The plan for every quote, and for no agency. */
function allPlans(inputs: PlannerInputs): QuotePlan[] {
	return [...plan(inputs).plans, planQuote(inputs, null)];
}

describe('the cost model', () => {
	it('never has a negative or non-finite cost', () => {
		fc.assert(
			fc.property(inputsArb(), (inputs) => {
				for (const result of allPlans(inputs)) {
					for (const row of result.rows) {
						for (const line of costLines) expect(row.costs[line] >= 0 && Number.isFinite(row.costs[line]), line).toBe(true);
						expect(row.tiedUp).toBeGreaterThanOrEqual(0);
					}
				}
			}),
		);
	});

	it('keeps the cash identity: cumulative cash is the running sum of contributions less refundable money tied up', () => {
		fc.assert(
			fc.property(inputsArb(), (inputs) => {
				for (const result of allPlans(inputs)) {
					const scale = scaleOf(result);
					let contributions = 0;
					let tiedUp = 0;
					for (const row of result.rows) {
						expect(near(row.totalCosts, sumCosts(row.costs), scale)).toBe(true);
						expect(near(row.contribution, row.grossProfit - row.totalCosts, scale)).toBe(true);
						contributions += row.contribution;
						tiedUp += row.tiedUp;
						expect(near(row.cumulativeContribution, contributions, scale)).toBe(true);
						expect(near(row.cumulativeCash, contributions - tiedUp, scale)).toBe(true);
					}
					expect(near(tiedUp, result.refundable, scale)).toBe(true);
					expect(result.refundable).toBe(refundableAtOpening(inputs));
					// Peak cash is the deepest the cash position goes, split into money tied up and money spent.
					const lowest = Math.min(0, ...result.rows.map((row) => row.cumulativeCash));
					expect(result.peakCash.amount).toBe(-lowest);
					expect(near(result.peakCash.tiedUp + result.peakCash.spent, result.peakCash.amount, scale)).toBe(true);
					expect(result.peakCash.tiedUp).toBeLessThanOrEqual(result.refundable);
					// Year totals add up to the months.
					const total = result.years.reduce((sum, year) => sum + year.contribution, 0);
					expect(near(total, contributions, scale)).toBe(true);
					expect(result.years).toHaveLength(inputs.months / 12);
				}
			}),
		);
	});

	it('finds the break-even GMV where a steady month’s contribution is zero, and none below it', () => {
		fc.assert(
			fc.property(inputsArb({ monotoneRebate: true }), (inputs) => {
				for (const quote of [null, ...inputs.agency.quotes]) {
					const found = breakEvenGmv(inputs, quote);
					if (found === null) {
						// No break-even: even a huge GMV loses money.
						expect(steadyContribution(inputs, quote, 1e12)).toBeLessThan(0);
						continue;
					}
					const atFound = steadyContribution(inputs, quote, found);
					if (found === 0) expect(atFound).toBeGreaterThanOrEqual(0);
					else {
						const fixed = steadyContribution(inputs, quote, 0);
						expect(Math.abs(atFound)).toBeLessThanOrEqual(1e-7 * Math.max(1, found, Math.abs(fixed)));
						expect(steadyContribution(inputs, quote, found / 2)).toBeLessThan(0);
					}
				}
			}),
		);
	});

	it('is monotonic in margin: a higher margin never needs more cash, nor more sales to break even', () => {
		fc.assert(
			fc.property(inputsArb({ monotoneRebate: true }), fc.integer({ min: 1, max: 1_000_000 }), (inputs, raise) => {
				const higher: PlannerInputs = { ...inputs, economics: { grossMarginPct: Math.min(100, inputs.economics.grossMarginPct + raise / 10_000) } };
				const before = allPlans(inputs);
				const after = allPlans(higher);
				before.forEach((result, index) => {
					const raised = after[index]!;
					expect(raised.peakCash.amount).toBeLessThanOrEqual(result.peakCash.amount + 1e-9 * scaleOf(result));
					if (result.breakEvenGmv !== null) expect(raised.breakEvenGmv).not.toBeNull();
					if (result.breakEvenGmv !== null && raised.breakEvenGmv !== null) {
						expect(raised.breakEvenGmv).toBeLessThanOrEqual(result.breakEvenGmv * (1 + 1e-9) + 1e-6);
					}
					if (result.breakEvenMonth !== null) expect(raised.breakEvenMonth ?? Infinity).toBeLessThanOrEqual(result.breakEvenMonth);
				});
			}),
		);
	});

	/** Ways to make a cost bigger, each by a non-negative step (percentages stop at 100). */
	const raises: Record<string, (inputs: PlannerInputs, step: number) => void> = {
		deposit: (i, s) => (i.platform.depositCny += s * 1000),
		commission: (i, s) => (i.platform.commissionPct = Math.min(100, i.platform.commissionPct + s / 100)),
		software: (i, s) => (i.platform.softwareFeePct = Math.min(100, i.platform.softwareFeePct + s / 100)),
		points: (i, s) => (i.platform.pointsPct = Math.min(100, i.platform.pointsPct + s / 100)),
		payment: (i, s) => (i.platform.paymentFeePct = Math.min(100, i.platform.paymentFeePct + s / 100)),
		annualFee: (i, s) => (i.platform.annualFeeCny += s * 100),
		annualFeeOn: (i) => (i.platform.annualFeeApplies = true),
		tax: (i, s) => {
			if (i.platform.global) i.platform.global.crossBorderTaxPct = Math.min(100, i.platform.global.crossBorderTaxPct + s / 100);
		},
		merchantPaysTax: (i) => {
			if (i.platform.global) i.platform.global.taxPaidBy = 'merchant';
		},
		bonded: (i, s) => {
			if (i.platform.global) i.platform.global.bondedDepositCny += s * 1000;
		},
		adsMonthlyOrShare: (i, s) => {
			if (i.marketing.mode === 'monthly') i.marketing.value += s * 100;
			if (i.marketing.mode === 'share-of-gmv') i.marketing.value = Math.min(100, i.marketing.value + s / 100);
		},
		creators: (i, s) => (i.marketing.creatorCommissionPct = Math.min(100, i.marketing.creatorCommissionPct + s / 100)),
		campaigns: (i, s) => (i.marketing.campaignFeesPerMonth += s * 100),
		fulfilment: (i, s) => (i.operations.fulfilmentPerOrder += s / 10),
		returns: (i, s) => (i.operations.returnsHandlingPerReturn += s / 10),
		service: (i, s) => (i.operations.customerServicePerMonth += s * 100),
		content: (i, s) => (i.operations.contentPerMonth += s * 100),
		samples: (i, s) => (i.operations.samplesPerMonth += s * 100),
		agencyFee: (i, s) => i.agency.quotes.forEach((quote) => (quote.monthlyFee += s * 100)),
		agencyRate: (i, s) => i.agency.quotes.forEach((quote) => (quote.rate = Math.min(100, quote.rate + s / 100))),
		setup: (i, s) => i.agency.quotes.forEach((quote) => (quote.setupFeeCny += s * 100)),
	};

	it('never needs less cash when any cost goes up', () => {
		fc.assert(
			fc.property(inputsArb(), fc.constantFrom(...Object.keys(raises)), fc.integer({ min: 0, max: 10_000 }), (inputs, which, step) => {
				const raised = structuredClone(inputs);
				raises[which]!(raised, step);
				const before = allPlans(inputs);
				const after = allPlans(raised);
				before.forEach((result, index) => {
					const scale = scaleOf(after[index]!);
					expect(after[index]!.peakCash.amount).toBeGreaterThanOrEqual(result.peakCash.amount - 1e-9 * scale);
					result.rows.forEach((row, month) => expect(after[index]!.rows[month]!.cumulativeCash).toBeLessThanOrEqual(row.cumulativeCash + 1e-9 * scale));
				});
			}),
		);
	});

	it('never counts refundable money as spent: deposits move cash, not contribution or break-even', () => {
		fc.assert(
			fc.property(inputsArb(), fc.integer({ min: 0, max: 1_000_000 }), (inputs, extra) => {
				const more = structuredClone(inputs);
				more.platform.depositCny += extra;
				if (more.platform.global) more.platform.global.taxPrepaymentCny += extra;
				const added = refundableAtOpening(more) - refundableAtOpening(inputs);
				const before = allPlans(inputs);
				const after = allPlans(more);
				before.forEach((result, index) => {
					const other = after[index]!;
					expect(other.rows.map((row) => row.contribution)).toEqual(result.rows.map((row) => row.contribution));
					expect(other.breakEvenGmv).toBe(result.breakEvenGmv);
					expect(other.breakEvenMonth).toBe(result.breakEvenMonth);
					expect(other.takeRate).toEqual(result.takeRate);
					expect(near(other.refundable - result.refundable, added, other.refundable)).toBe(true);
					other.rows.forEach((row, month) => expect(near(row.cumulativeCash, result.rows[month]!.cumulativeCash - added, scaleOf(other))).toBe(true));
				});
			}),
		);
	});
});

/** A usable decoded plan: every number inside its rule, choices known, lists within their limits. */
function checkUsable(inputs: PlannerInputs): void {
	const within = (value: number, rule: { min: number; max: number; minExclusive?: boolean }, what: string) =>
		expect(Number.isFinite(value) && value >= rule.min && value <= rule.max && !(rule.minExclusive && value === rule.min), `${what}: ${value}`).toBe(true);
	const r = plannerRules;
	expect(['tmall', 'tmall-global']).toContain(inputs.channel);
	expect(['flagship', 'franchise', 'specialty']).toContain(inputs.storeType);
	expect(['registered', 'tm']).toContain(inputs.trademark);
	expect([12, 24]).toContain(inputs.months);
	const numbers: Array<[number, PlannerRuleName]> = [
		[inputs.sales.firstMonthGmv, 'firstMonthGmv'],
		[inputs.sales.monthlyGrowthPct, 'monthlyGrowthPct'],
		[inputs.sales.averageOrderValue, 'averageOrderValue'],
		[inputs.sales.refundRatePct, 'refundRatePct'],
		[inputs.economics.grossMarginPct, 'grossMarginPct'],
		[inputs.platform.depositCny, 'depositCny'],
		[inputs.platform.commissionPct, 'commissionPct'],
		[inputs.platform.softwareFeePct, 'softwareFeePct'],
		[inputs.platform.pointsPct, 'pointsPct'],
		[inputs.platform.paymentFeePct, 'paymentFeePct'],
		[inputs.platform.annualFeeCny, 'annualFeeCny'],
		[inputs.marketing.creatorSharePct, 'creatorSharePct'],
		[inputs.marketing.creatorCommissionPct, 'creatorCommissionPct'],
		[inputs.marketing.campaignFeesPerMonth, 'campaignFeesPerMonth'],
		[inputs.operations.fulfilmentPerOrder, 'fulfilmentPerOrder'],
		[inputs.operations.returnsHandlingPerReturn, 'returnsHandlingPerReturn'],
		[inputs.operations.customerServicePerMonth, 'customerServicePerMonth'],
		[inputs.operations.contentPerMonth, 'contentPerMonth'],
		[inputs.operations.samplesPerMonth, 'samplesPerMonth'],
		...(inputs.sales.ramp ?? []).map((gmv): [number, PlannerRuleName] => [gmv, 'rampGmv']),
		...inputs.platform.softwareRebate.flatMap((tier): Array<[number, PlannerRuleName]> => [
			[tier.upToAnnualGmv, 'rebateUpTo'],
			[tier.rebatePct, 'rebatePct'],
		]),
		...inputs.agency.quotes.map((quote): [number, PlannerRuleName] => [quote.setupFeeCny, 'setupFeeCny']),
	];
	if (inputs.platform.global) {
		numbers.push(
			[inputs.platform.global.bondedDepositCny, 'bondedDepositCny'],
			[inputs.platform.global.taxPrepaymentCny, 'taxPrepaymentCny'],
			[inputs.platform.global.crossBorderTaxPct, 'crossBorderTaxPct'],
		);
		expect(['merchant', 'buyer']).toContain(inputs.platform.global.taxPaidBy);
	}
	if (inputs.channel === 'tmall-global') expect(inputs.platform.global).toBeDefined();
	for (const [value, rule] of numbers) within(value, r[rule], rule);
	within(
		inputs.marketing.value,
		r[{ monthly: 'adMonthly', 'share-of-gmv': 'adSharePct', 'target-roas': 'adRoas' }[inputs.marketing.mode] as PlannerRuleName],
		'ad',
	);
	if (inputs.exchange) {
		within(inputs.exchange.cnyPerUnit, r.cnyPerUnit, 'fx');
		expect(inputs.exchange.currency).toMatch(/^[A-Z]{3}$/);
		expect(inputs.exchange.date === null || !Number.isNaN(Date.parse(inputs.exchange.date))).toBe(true);
	}
	expect((inputs.sales.ramp ?? []).length).toBeLessThanOrEqual(maxRampMonths);
	expect(inputs.platform.softwareRebate.length).toBeLessThanOrEqual(maxRebateTiers);
	expect(inputs.agency.quotes.length).toBeLessThanOrEqual(maxQuotes);
	for (const quote of inputs.agency.quotes) {
		within(quote.monthlyFee, feeRules.monthlyFee, 'fee');
		within(quote.rate, feeRules.rate, 'rate');
		expect(quote.tiers.length).toBeLessThanOrEqual(maxTiers);
		expect(Array.from(quote.name).length).toBeLessThanOrEqual(40);
		expect(quote.name).not.toMatch(/[<>~]/);
	}
}

describe('the URL codec', () => {
	it('reads back exactly what it wrote, with no issues', () => {
		fc.assert(
			fc.property(inputsArb(), (inputs) => {
				const decoded = decodePlan(encodePlan(inputs), factsFixture);
				expect(decoded.issues).toEqual([]);
				expect(decoded.inputs).toEqual(inputs);
			}),
		);
	});

	it('never throws on any text, and always opens a usable plan', () => {
		const link = encodePlan(domesticExample());
		const hostile = fc.oneof(
			fc.string({ unit: 'binary', maxLength: 400 }),
			fc.string({ unit: 'grapheme', maxLength: 200 }),
			// A real link with characters changed, dropped or added somewhere.
			fc
				.tuple(fc.nat({ max: link.length }), fc.nat({ max: 20 }), fc.string({ unit: 'binary', maxLength: 12 }))
				.map(([at, cut, added]) => link.slice(0, at) + added + link.slice(at + cut)),
			fc
				.array(
					fc.tuple(
						fc.constantFrom(
							'p',
							'ch',
							'store',
							'mark',
							'months',
							'gmv',
							'growth',
							'ramp',
							'aov',
							'refund',
							'margin',
							'dep',
							'pfee',
							'sw',
							'rebate',
							'afon',
							'bdep',
							'tax',
							'taxby',
							'ads',
							'ad',
							'fx',
							'q',
							'v',
						),
						fc.string({ unit: 'binary', maxLength: 30 }),
					),
					{ maxLength: 30 },
				)
				.map((pairs) => pairs.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&')),
		);
		fc.assert(
			fc.property(hostile, (text) => {
				const decoded = decodePlan(text, factsFixture);
				checkUsable(decoded.inputs);
				expect(decoded.issues.length).toBeLessThanOrEqual(13);
				// The plan runs on whatever came out.
				for (const result of plan(decoded.inputs).plans) expect(Number.isFinite(result.peakCash.amount)).toBe(true);
			}),
		);
	});

	it('opens the defaults usable', () => {
		checkUsable(defaultInputs(factsFixture));
		checkUsable(defaultInputs({}, { channel: 'tmall-global' }));
	});
});
