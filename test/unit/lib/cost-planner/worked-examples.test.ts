import { describe, expect, it } from 'vitest';
import { breakEvenGmv, monthlyGmvs, plan, rebatePct, steadyContribution } from '../../../../src/lib/cost-planner/plan';
import { domesticExample, globalExample } from './examples';

/** Money is compared to the fen: the model keeps full precision, the hand arithmetic is exact. */
const fen = 2;

describe('worked example 1: domestic Tmall flagship', () => {
	const inputs = domesticExample();
	const [result] = plan(inputs).plans;
	if (!result) throw new Error('no plan');

	it('follows the ramp, then continues flat from its last month', () => {
		expect(monthlyGmvs(inputs)).toEqual([200_000, 300_000, 400_000, ...Array(9).fill(400_000)]);
	});

	it('costs month 1 line by line', () => {
		/*
		 * Month 1: GMV 200,000; net sales 200,000 × (1 − 10%) = 180,000; orders 200,000 ÷ 200 = 1,000.
		 * Gross profit 180,000 × 50% = 90,000.
		 * Platform (on net sales): commission 5% = 9,000; software fee 0.6% = 1,080; points 0.5% = 900.
		 * Agency: 30,000 + 5% of net 180,000 = 39,000; set-up 20,000 (month 1 only).
		 * Marketing: ads 10% of GMV = 20,000; creators 180,000 × 10% × 20% = 3,600; campaigns 10,000.
		 * Operations: fulfilment 1,000 × 10 = 10,000; returns 1,000 × 10% × 5 = 500; service 10,000; content 10,000.
		 * Total 134,080; contribution 90,000 − 134,080 = −44,080; deposit 50,000 tied up;
		 * cumulative cash −44,080 − 50,000 = −94,080.
		 */
		const month1 = result.rows[0]!;
		expect(month1.netSales).toBeCloseTo(180_000, fen);
		expect(month1.orders).toBeCloseTo(1_000, fen);
		expect(month1.grossProfit).toBeCloseTo(90_000, fen);
		const expected = {
			commission: 9_000,
			softwareFee: 1_080,
			points: 900,
			payment: 0,
			annualFee: 0,
			agency: 39_000,
			agencySetup: 20_000,
			ads: 20_000,
			creator: 3_600,
			campaigns: 10_000,
			fulfilment: 10_000,
			returnsHandling: 500,
			customerService: 10_000,
			content: 10_000,
			samples: 0,
			crossBorderTax: 0,
		};
		for (const [line, value] of Object.entries(expected)) expect(month1.costs[line as keyof typeof expected], line).toBeCloseTo(value, fen);
		expect(month1.totalCosts).toBeCloseTo(134_080, fen);
		expect(month1.contribution).toBeCloseTo(-44_080, fen);
		expect(month1.tiedUp).toBe(50_000);
		expect(month1.cumulativeCash).toBeCloseTo(-94_080, fen);
	});

	it('finds peak cash, break-even GMV and the break-even months', () => {
		/*
		 * Each yuan of GMV keeps 45% as gross profit (50% of the 90% not refunded) and costs
		 * 0.0549 (platform 6.1% of 0.9) + 0.045 (agency 5% of 0.9) + 0.10 (ads) + 0.018 (creators)
		 * + 0.05 (fulfilment 10 ÷ 200) + 0.0025 (returns 0.1 × 5 ÷ 200) = 0.2704, leaving 0.1796.
		 * Fixed costs a month: 30,000 + 10,000 + 10,000 + 10,000 = 60,000.
		 * Break-even GMV = 60,000 ÷ 0.1796 = 334,075.72.
		 * Month 2 (300,000): 53,880 − 60,000 = −6,120 → cumulative cash −100,200 (the peak).
		 * Months 3–12 (400,000): 71,840 − 60,000 = +11,840 each.
		 * Cumulative contribution −44,080, −50,200, −38,360, … −2,840 (month 6), +9,000 (month 7).
		 * Cumulative cash −88,360 (month 3) … −5,480 (month 10), +6,360 (month 11).
		 */
		expect(result.peakCash.amount).toBeCloseTo(100_200, fen);
		expect(result.peakCash.month).toBe(2);
		expect(result.peakCash.tiedUp).toBe(50_000);
		expect(result.peakCash.spent).toBeCloseTo(50_200, fen);
		expect(result.refundable).toBe(50_000);
		expect(result.breakEvenGmv).toBeCloseTo(334_075.72, fen);
		expect(result.breakEvenMonth).toBe(7);
		expect(result.cashPaybackMonth).toBe(11);
		expect(result.rows[11]!.cumulativeCash).toBeCloseTo(18_200, fen);
	});

	it('totals the year and splits the take rate by who is paid', () => {
		/*
		 * GMV 200,000 + 300,000 + 10 × 400,000 = 4,500,000. Contribution −44,080 − 6,120 + 10 × 11,840 = 68,200.
		 * Platform 6.1% of net = 5.49% of GMV. Agency (12 × 30,000 + 5% × 4,050,000 + 20,000) = 582,500 = 12.9444%.
		 * Marketing: ads 10% + creators 1.8% + campaigns 120,000 ÷ 4,500,000 = 2.6667% → 14.4667%.
		 * All-in 5.49 + 12.9444 + 14.4667 = 32.9011%.
		 */
		expect(result.years).toHaveLength(1);
		const [year] = result.years;
		expect(year!.gmv).toBeCloseTo(4_500_000, fen);
		expect(year!.netSales).toBeCloseTo(4_050_000, fen);
		expect(year!.contribution).toBeCloseTo(68_200, fen);
		expect(year!.costs.agency + year!.costs.agencySetup).toBeCloseTo(582_500, fen);
		expect(result.takeRate!.byPayee.platform).toBeCloseTo(5.49, 4);
		expect(result.takeRate!.byPayee.agency).toBeCloseTo(12.9444, 4);
		expect(result.takeRate!.byPayee.marketing).toBeCloseTo(14.4667, 4);
		expect(result.takeRate!.byPayee.tax).toBe(0);
		expect(result.takeRate!.allIn).toBeCloseTo(32.9011, 4);
	});
});

describe('worked example 2: Tmall Global bonded store, 24 months', () => {
	const inputs = globalExample();
	const [result] = plan(inputs).plans;
	if (!result) throw new Error('no plan');

	it('costs month 1 line by line, with the annual fee and the merchant paying the cross-border tax', () => {
		/*
		 * GMV 300,000; net 285,000 (5% refunds); orders 1,000; gross profit 50% of net = 142,500.
		 * Platform: commission 4% of net = 11,400; software 0.6% = 1,710; points 0.5% = 1,425;
		 * payment 1% of GMV = 3,000; annual fee 30,000 (month 1 of the year).
		 * Agency 6% of GMV = 18,000. Ads GMV ÷ ROAS 10 = 30,000. Fulfilment 1,000 × 15 = 15,000.
		 * Content 20,000. Cross-border tax 9.1% of net = 25,935.
		 * Total 156,470; contribution −13,970; tied up 150,000 + 50,000 + 100,000 = 300,000.
		 */
		const month1 = result.rows[0]!;
		expect(month1.costs.commission).toBeCloseTo(11_400, fen);
		expect(month1.costs.softwareFee).toBeCloseTo(1_710, fen);
		expect(month1.costs.points).toBeCloseTo(1_425, fen);
		expect(month1.costs.payment).toBeCloseTo(3_000, fen);
		expect(month1.costs.annualFee).toBe(30_000);
		expect(month1.costs.agency).toBeCloseTo(18_000, fen);
		expect(month1.costs.ads).toBeCloseTo(30_000, fen);
		expect(month1.costs.fulfilment).toBeCloseTo(15_000, fen);
		expect(month1.costs.crossBorderTax).toBeCloseTo(25_935, fen);
		expect(month1.totalCosts).toBeCloseTo(156_470, fen);
		expect(month1.contribution).toBeCloseTo(-13_970, fen);
		expect(month1.tiedUp).toBe(300_000);
		// The annual fee comes back in month 13 and nowhere else.
		expect(result.rows.map((row) => row.costs.annualFee).filter((fee) => fee > 0)).toEqual([30_000, 30_000]);
		expect(result.rows[12]!.costs.annualFee).toBe(30_000);
	});

	it('finds peak cash, break-even GMV and the months, and totals both years', () => {
		/*
		 * Per yuan of GMV: gross profit 0.475; costs 0.04845 (platform 5.1% of 0.95) + 0.01 (payment)
		 * + 0.08645 (tax 9.1% of 0.95) + 0.06 (agency) + 0.10 (ads) + 0.05 (fulfilment 15 ÷ 300) = 0.3549,
		 * leaving 0.1201. A steady month's fixed costs: content 20,000 + annual fee 30,000 ÷ 12 = 22,500.
		 * Break-even GMV = 22,500 ÷ 0.1201 = 187,343.88.
		 * Months 2–12 and 14–24: 0.1201 × 300,000 − 20,000 = +16,030; months 1 and 13: −13,970.
		 * Peak cash is month 1: 13,970 spent + 300,000 tied up = 313,970.
		 * Cumulative contribution turns positive in month 2 (−13,970 + 16,030 = 2,060).
		 * Cumulative cash: month 12 −137,640; month 13 −151,610; month 22 −7,340; month 23 +8,690.
		 * Each year: −13,970 + 11 × 16,030 = 162,360; GMV 3,600,000; tax 0.08645 × 3,600,000 = 311,220.
		 */
		expect(result.peakCash).toEqual({ amount: expect.closeTo(313_970, fen), month: 1, tiedUp: 300_000, spent: expect.closeTo(13_970, fen) });
		expect(result.refundable).toBe(300_000);
		expect(result.breakEvenGmv).toBeCloseTo(187_343.88, fen);
		expect(result.breakEvenMonth).toBe(2);
		expect(result.cashPaybackMonth).toBe(23);
		expect(result.rows[21]!.cumulativeCash).toBeCloseTo(-7_340, fen);
		expect(result.years.map((year) => year.year)).toEqual([1, 2]);
		for (const year of result.years) {
			expect(year.gmv).toBeCloseTo(3_600_000, fen);
			expect(year.contribution).toBeCloseTo(162_360, fen);
			expect(year.costs.crossBorderTax).toBeCloseTo(311_220, fen);
		}
		expect(result.years[0]!.tiedUp).toBe(300_000);
		expect(result.years[1]!.tiedUp).toBe(0);
	});

	it('drops the tax from the merchant’s costs when the buyer pays it', () => {
		const buyerPays = globalExample();
		buyerPays.platform.global!.taxPaidBy = 'buyer';
		const [withoutTax] = plan(buyerPays).plans;
		expect(withoutTax!.rows[0]!.costs.crossBorderTax).toBe(0);
		// 0.1201 + 0.08645 = 0.20655 per yuan: 22,500 ÷ 0.20655 = 108,932.46.
		expect(withoutTax!.breakEvenGmv).toBeCloseTo(108_932.46, fen);
	});
});

describe('parts of the model', () => {
	it('plans each quote, or once without an agency when there is none', () => {
		const inputs = domesticExample();
		inputs.agency.quotes.push({ ...inputs.agency.quotes[0]!, name: 'B', setupFeeCny: 0 });
		expect(plan(inputs).plans.map((each) => each.quote)).toEqual([0, 1]);
		inputs.agency.quotes = [];
		const [alone] = plan(inputs).plans;
		expect(alone!.quote).toBeNull();
		expect(alone!.rows[0]!.costs.agency).toBe(0);
		// Without the agency: 0.1796 + 0.045 = 0.2246 kept per yuan, fixed 30,000 → 133,570.79.
		expect(alone!.breakEvenGmv).toBeCloseTo(133_570.79, fen);
	});

	it('reads the rebate tier from the year’s GMV, lowest matching tier first', () => {
		const tiers = [
			{ upToAnnualGmv: 1_000_000, rebatePct: 50 },
			{ upToAnnualGmv: 120_000, rebatePct: 100 },
		];
		expect(rebatePct(100_000, tiers)).toBe(100);
		expect(rebatePct(120_000, tiers)).toBe(100);
		expect(rebatePct(120_000.01, tiers)).toBe(50);
		expect(rebatePct(1_000_000.01, tiers)).toBe(0);
		expect(rebatePct(0, [])).toBe(0);
	});

	it('nets the rebate out of the software fee for a small store', () => {
		const inputs = domesticExample();
		inputs.sales.ramp = [5_000];
		inputs.platform.softwareRebate = [{ upToAnnualGmv: 120_000, rebatePct: 100 }];
		// 12 × 5,000 = 60,000 a year: the whole software fee comes back.
		expect(plan(inputs).plans[0]!.rows[0]!.costs.softwareFee).toBe(0);
		inputs.sales.ramp = [20_000];
		// 240,000 a year is above the tier: 0.6% of net 18,000 = 108.
		expect(plan(inputs).plans[0]!.rows[0]!.costs.softwareFee).toBeCloseTo(108, fen);
	});

	it('says there is no break-even GMV when costs grow faster than gross profit', () => {
		const inputs = domesticExample();
		inputs.economics.grossMarginPct = 20;
		// 0.18 kept per yuan against 0.2704 of costs: never.
		expect(breakEvenGmv(inputs, inputs.agency.quotes[0]!)).toBeNull();
		const [result] = plan(inputs).plans;
		expect(result!.breakEvenMonth).toBeNull();
		expect(result!.cashPaybackMonth).toBeNull();
	});

	it('breaks even at zero sales when nothing costs anything fixed', () => {
		const inputs = domesticExample();
		inputs.agency.quotes = [];
		inputs.marketing.campaignFeesPerMonth = 0;
		inputs.operations = { fulfilmentPerOrder: 0, returnsHandlingPerReturn: 0, customerServicePerMonth: 0, contentPerMonth: 0, samplesPerMonth: 0 };
		expect(breakEvenGmv(inputs, null)).toBe(0);
		expect(steadyContribution(inputs, null, 0)).toBe(0);
	});

	it('solves the break-even across an agency tier and a guaranteed-sales refund', () => {
		const inputs = domesticExample();
		// 60,000 fee, refunded in proportion below 500,000 of GMV; 10% of GMV up to 200,000, 2% above.
		const quote = {
			name: '',
			monthlyFee: 60_000,
			rate: 10,
			base: 'gmv' as const,
			tiers: [{ above: 200_000, rate: 2 }],
			guaranteedGmv: 500_000,
			setupFeeCny: 0,
		};
		const found = breakEvenGmv(inputs, quote)!;
		expect(Math.abs(steadyContribution(inputs, quote, found))).toBeLessThan(1e-6);
		expect(steadyContribution(inputs, quote, found * 0.999)).toBeLessThan(0);
		/*
		 * Above 200,000 and below 500,000: kept per yuan 0.1796 + 0.045 − 0.02 (agency now on GMV) = 0.2046;
		 * the agency's commission is 20,000 + 2% over 200,000; its fee is 60,000 × g ÷ 500,000 = 0.12 g.
		 * 0.2046 g − 0.12 g − (20,000 − 4,000) − 30,000 = 0 → 0.0846 g = 46,000 → g = 543,735… > 500,000,
		 * so the crossing is above the guarantee: 0.2046 g − 60,000 − 16,000 − 30,000 = 0 → g = 518,084.07.
		 */
		expect(found).toBeCloseTo(518_084.07, fen);
	});
});
