import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultInputs, platformDefaults } from '../../../../src/lib/cost-planner/defaults';
import { plan } from '../../../../src/lib/cost-planner/plan';
import type { PlannerFacts } from '../../../../src/lib/cost-planner/types';
import { factsFixture } from './examples';

describe('platformDefaults', () => {
	it('takes the deposit for the store type and trademark from the dataset', () => {
		const deposit = (storeType: 'flagship' | 'franchise' | 'specialty', trademark: 'registered' | 'tm') =>
			platformDefaults(factsFixture, { channel: 'tmall', storeType, trademark }).platform.depositCny;
		expect([
			deposit('flagship', 'registered'),
			deposit('franchise', 'registered'),
			deposit('flagship', 'tm'),
			deposit('specialty', 'registered'),
			deposit('specialty', 'tm'),
		]).toEqual([50_000, 50_000, 100_000, 100_000, 150_000]);
	});

	it('says where each domestic figure came from', () => {
		const { platform, origins } = platformDefaults(factsFixture, { channel: 'tmall', storeType: 'flagship', trademark: 'registered' });
		expect(platform).toEqual({
			depositCny: 50_000,
			commissionPct: 5,
			softwareFeePct: 0.6,
			softwareRebate: [],
			pointsPct: 0.5,
			paymentFeePct: 0,
			annualFeeCny: 0,
			annualFeeApplies: false,
		});
		expect(origins.depositCny).toEqual({ kind: 'fact', factId: 'deposit-flagship-registered' });
		// A range's top is the default, and the range goes with it for the interface to show.
		expect(origins.commissionPct).toEqual({ kind: 'fact', factId: 'commission-range', range: { min: 2, max: 5 } });
		expect(origins.softwareRebate).toEqual({ kind: 'unresolved', factId: 'software-fee-rebate' });
		expect(origins.paymentFeePct).toEqual({ kind: 'example' });
		expect(origins.annualFeeCny).toEqual({ kind: 'fact', factId: 'annual-fee-tmall' });
	});

	it('marks Tmall Global’s unresolved annual fee and its examples, and domestic figures used for it', () => {
		const { platform, origins } = platformDefaults(factsFixture, { channel: 'tmall-global', storeType: 'flagship', trademark: 'registered' });
		expect(platform.annualFeeApplies).toBe(true);
		expect(platform.annualFeeCny).toBe(30_000);
		expect(origins.annualFeeCny).toEqual({ kind: 'unresolved', factId: 'annual-fee-tmall-global' });
		expect(platform.depositCny).toBe(150_000);
		expect(origins.depositCny).toEqual({ kind: 'example' });
		expect(origins.pointsPct).toEqual({ kind: 'other-channel', factId: 'points-deduction' });
		expect(origins.crossBorderTaxPct).toEqual({ kind: 'fact', factId: 'cbec-tax-rate' });
		expect(platform.global).toEqual({ bondedDepositCny: 50_000, taxPrepaymentCny: 100_000, crossBorderTaxPct: 9.1, taxPaidBy: 'buyer' });
	});

	it('falls back to documented examples when the dataset is empty', () => {
		const { platform, origins } = platformDefaults({}, { channel: 'tmall', storeType: 'specialty', trademark: 'tm' });
		expect(platform.depositCny).toBe(100_000);
		expect(platform.commissionPct).toBe(5);
		expect(Object.values(origins).every((origin) => origin.kind === 'example')).toBe(true);
	});
});

describe('defaultInputs', () => {
	it('is the documented example plan', () => {
		const inputs = defaultInputs(factsFixture, { quoteNames: ['报价 A', '报价 B', '报价 C'] });
		expect(inputs.sales).toEqual({ firstMonthGmv: 200_000, monthlyGrowthPct: 15, averageOrderValue: 200, refundRatePct: 10 });
		expect(inputs.agency.quotes.map((quote) => [quote.name, quote.monthlyFee, quote.rate, quote.base, quote.setupFeeCny])).toEqual([
			['报价 A', 60_000, 0, 'gmv', 0],
			['报价 B', 0, 8, 'net', 0],
			['报价 C', 20_000, 3, 'net', 0],
		]);
		expect(inputs.marketing).toEqual({ mode: 'share-of-gmv', value: 10, creatorSharePct: 10, creatorCommissionPct: 20, campaignFeesPerMonth: 10_000 });
		expect(inputs.operations).toEqual({
			fulfilmentPerOrder: 12,
			returnsHandlingPerReturn: 8,
			customerServicePerMonth: 10_000,
			contentPerMonth: 15_000,
			samplesPerMonth: 5_000,
		});
		expect(inputs.economics).toEqual({ grossMarginPct: 50 });
	});

	it('gives the headline figures docs/cost-planner-url.md quotes for the default plan', () => {
		const [first] = plan(defaultInputs(factsFixture)).plans;
		expect(Math.round(first!.peakCash.amount)).toBe(278_333);
		expect(first!.peakCash.month).toBe(7);
		expect(first!.peakCash.tiedUp).toBe(50_000);
		expect(Math.round(first!.breakEvenGmv!)).toBe(469_263);
	});

	it('reads the real dataset: every fact the planner names exists, in the unit the planner reads it in', () => {
		const directory = 'content/platform-facts';
		const dataset: PlannerFacts = Object.fromEntries(
			readdirSync(directory)
				.filter((file) => file.endsWith('.json'))
				.map((file) => [file.replace(/\.json$/, ''), JSON.parse(readFileSync(`${directory}/${file}`, 'utf8'))]),
		);
		// The dataset's figures may be revised (the tests above hold the model to a fixed copy); its ids and units may not drift.
		for (const [id, fact] of Object.entries(factsFixture)) {
			expect(dataset[id], id).toBeDefined();
			expect(dataset[id]!.unit, id).toBe(fact!.unit);
		}
		for (const channel of ['tmall', 'tmall-global'] as const) {
			const { origins } = platformDefaults(dataset, { channel, storeType: 'flagship', trademark: 'registered' });
			expect(origins.commissionPct.kind, channel).not.toBe('example');
			expect(origins.annualFeeCny.kind, channel).not.toBe('example');
		}
	});
});
