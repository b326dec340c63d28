import { describe, expect, it } from 'vitest';
import { defaultInputs } from '../../../../src/lib/cost-planner/defaults';
import { plan } from '../../../../src/lib/cost-planner/plan';
import { decodePlan, encodePlan } from '../../../../src/lib/cost-planner/url';
import { domesticExample, factsFixture, globalExample } from './examples';

const domesticLink =
	'p=1&ch=tmall&store=flagship&mark=r&months=12&gmv=200000&growth=0&ramp=200000,300000,400000&aov=200&refund=10&margin=50&dep=50000&pfee=5' +
	'&ads=share&ad=10&sw=0.6&rebate=&pts=0.5&pay=0&afee=0&afon=0&cshare=10&ccomm=20&camp=10000&ful=10&ret=5&cs=10000&content=10000&samples=0' +
	'&q=Shop%20%26%20Co~30000~5~net~~~20000';

describe('encodePlan', () => {
	it('writes every input, in the documented order, with the set-up fee as a seventh quote segment', () => {
		expect(encodePlan(domesticExample())).toBe(domesticLink);
	});

	it('writes Tmall Global’s figures after the annual fee', () => {
		expect(encodePlan(globalExample())).toBe(
			'p=1&ch=global&store=flagship&mark=r&months=24&gmv=300000&growth=0&aov=300&refund=5&margin=50&dep=150000&pfee=4' +
				'&ads=roas&ad=10&sw=0.6&rebate=&pts=0.5&pay=1&afee=30000&afon=1&bdep=50000&taxpre=100000&tax=9.1&taxby=merchant' +
				'&cshare=0&ccomm=0&camp=0&ful=15&ret=0&cs=0&content=20000&samples=0&q=%E6%9D%8E%E8%AE%B0~0~6~gmv',
		);
	});
});

describe('decodePlan', () => {
	it('reads both worked examples back exactly, with no issues', () => {
		for (const inputs of [domesticExample(), globalExample()]) {
			const decoded = decodePlan(`?${encodePlan(inputs)}`, factsFixture);
			expect(decoded.issues).toEqual([]);
			expect(decoded.from).toBe('planner');
			expect(decoded.inputs).toEqual(inputs);
		}
	});

	it('gives the defaults for an empty query', () => {
		expect(decodePlan('', factsFixture)).toEqual({ inputs: defaultInputs(factsFixture), issues: [], from: 'empty' });
	});

	it('opens a fee-calculator link with its quotes, sales, refunds and margin, and flat sales when it has no growth', () => {
		const decoded = decodePlan(
			'?v=1&gmv=1000000&months=12&refund=10&margin=40&pfee=3&inhouse=80000&q=A~60000~0~gmv&q=B~0~8~net&q=C~20000~3~net~1000000:2~800000',
			factsFixture,
		);
		expect(decoded.from).toBe('fee-calculator');
		expect(decoded.issues).toEqual([]);
		expect(decoded.inputs.sales).toEqual({ ...defaultInputs(factsFixture).sales, firstMonthGmv: 1_000_000, monthlyGrowthPct: 0, refundRatePct: 10 });
		expect(decoded.inputs.economics.grossMarginPct).toBe(40);
		expect(decoded.inputs.platform.commissionPct).toBe(3);
		expect(decoded.inputs.agency.quotes).toEqual([
			{ name: 'A', monthlyFee: 60_000, rate: 0, base: 'gmv', tiers: [], guaranteedGmv: null, setupFeeCny: 0 },
			{ name: 'B', monthlyFee: 0, rate: 8, base: 'net', tiers: [], guaranteedGmv: null, setupFeeCny: 0 },
			{ name: 'C', monthlyFee: 20_000, rate: 3, base: 'net', tiers: [{ above: 1_000_000, rate: 2 }], guaranteedGmv: 800_000, setupFeeCny: 0 },
		]);
		// The imported quotes cost what the fee calculator says: quote A 60,000 a month.
		expect(plan(decoded.inputs).plans[0]!.rows[0]!.costs.agency).toBe(60_000);
	});

	it('sets a contract length other than 12 or 24 months to the nearer plan and says so', () => {
		expect(decodePlan('v=1&months=6', factsFixture).inputs.months).toBe(12);
		const decoded = decodePlan('v=1&months=36', factsFixture);
		expect(decoded.inputs.months).toBe(24);
		expect(decoded.issues).toEqual([{ code: 'plan-length', field: 'months', value: '36', outcome: 'adjusted', limit: 24 }]);
	});

	it('uses the deposit for the store the link names when the link has none', () => {
		expect(decodePlan('p=1&store=specialty&mark=tm', factsFixture).inputs.platform.depositCny).toBe(150_000);
		const global = decodePlan('p=1&ch=global', factsFixture).inputs;
		expect(global.platform.global).toEqual({ bondedDepositCny: 50_000, taxPrepaymentCny: 100_000, crossBorderTaxPct: 9.1, taxPaidBy: 'buyer' });
		expect(global.platform.annualFeeApplies).toBe(true);
	});

	it('reports each bad value as a typed issue and keeps the default', () => {
		const defaults = defaultInputs(factsFixture);
		const decoded = decodePlan('p=2&ch=taobao&gmv=-5&aov=0&refund=abc&margin=101&ads=tv&ad=1e6&afon=maybe&growth=51&ful=1,5', factsFixture);
		expect(decoded.issues).toEqual([
			{ code: 'unknown-version', field: 'p', value: '2', outcome: 'read-anyway' },
			{ code: 'unknown-choice', field: 'ch', value: 'taobao', outcome: 'example-value' },
			{ code: 'negative', field: 'gmv', value: '-5', outcome: 'example-value' },
			{ code: 'too-large', field: 'growth', value: '51', outcome: 'example-value', limit: 50 },
			{ code: 'too-small', field: 'aov', value: '0', outcome: 'example-value', limit: 0 },
			{ code: 'not-a-number', field: 'refund', value: 'abc', outcome: 'example-value' },
			{ code: 'too-large', field: 'margin', value: '101', outcome: 'example-value', limit: 100 },
			{ code: 'not-a-number', field: 'ful', value: '1,5', outcome: 'example-value' },
			{ code: 'unknown-choice', field: 'afon', value: 'maybe', outcome: 'example-value' },
			{ code: 'unknown-choice', field: 'ads', value: 'tv', outcome: 'example-value' },
			{ code: 'not-a-number', field: 'ad', value: '1e6', outcome: 'example-value' },
		]);
		// A planner link without `q` plans with no agency.
		expect(decoded.inputs).toEqual({ ...defaults, agency: { quotes: [] } });
	});

	it('reads a ramp up to its first bad entry, and rebate tiers apart from bad ones', () => {
		const decoded = decodePlan('p=1&ramp=100000,200000,lots,400000&rebate=1000000:50,oops,120000:100,5:5:5', factsFixture);
		expect(decoded.inputs.sales.ramp).toEqual([100_000, 200_000]);
		expect(decoded.inputs.platform.softwareRebate).toEqual([
			{ upToAnnualGmv: 120_000, rebatePct: 100 },
			{ upToAnnualGmv: 1_000_000, rebatePct: 50 },
		]);
		expect(decoded.issues).toEqual([
			{ code: 'bad-entry', field: 'ramp', value: 'lots', outcome: 'ignored' },
			{ code: 'bad-entry', field: 'rebate', value: 'oops', outcome: 'ignored' },
			{ code: 'bad-entry', field: 'rebate', value: '5:5:5', outcome: 'ignored' },
		]);
	});

	it('keeps usable quotes, numbers issues by the quote they are in, and cleans names', () => {
		const decoded = decodePlan('p=1&q=%3Cscript%3Ex~1000&q=~~&q=B~abc&q=C~0~2~net~~~-5&q=D~1~1~gmv~~~5000', factsFixture);
		expect(decoded.inputs.agency.quotes.map((quote) => [quote.name, quote.setupFeeCny])).toEqual([
			['x', 0],
			['C', 0],
			['D', 5_000],
		]);
		expect(decoded.issues).toEqual([
			{ code: 'name-markup', field: 'name', quote: 1, value: '<script>x', outcome: 'adjusted' },
			{ code: 'empty-quote', field: 'q', quote: 2, value: '~~', outcome: 'quote-dropped' },
			{ code: 'not-a-number', field: 'fee', quote: 3, value: 'abc', outcome: 'quote-dropped' },
			{ code: 'negative', field: 'setup', quote: 4, value: '-5', outcome: 'ignored' },
		]);
	});

	it('carries an exchange rate the user typed, with its date, and drops a bad one', () => {
		const inputs = { ...domesticExample(), exchange: { currency: 'USD', cnyPerUnit: 7.1234, date: '2026-12-01' } };
		const link = encodePlan(inputs);
		expect(link).toContain('&samples=0&fx=USD:7.1234:2026-12-01&q=');
		expect(decodePlan(link, factsFixture)).toEqual({ inputs, issues: [], from: 'planner' });
		expect(decodePlan('p=1&fx=eur:7.8', factsFixture).inputs.exchange).toEqual({ currency: 'EUR', cnyPerUnit: 7.8, date: null });
		for (const bad of ['CNY:1', 'USD:0', 'USD:abc', 'US:7', 'USD:7:2026-13-45', 'USD:7:9999-99-99', 'USD:7:2026-02-30', 'USD:7:x:y']) {
			const decoded = decodePlan(`p=1&fx=${bad}`, factsFixture);
			expect(decoded.inputs.exchange, bad).toBeUndefined();
			expect(decoded.issues, bad).toEqual([{ code: 'bad-entry', field: 'fx', value: bad, outcome: 'ignored' }]);
		}
	});

	it('plans with no agency when a planner link has no quote', () => {
		const inputs = domesticExample();
		inputs.agency.quotes = [];
		const link = encodePlan(inputs);
		expect(link).not.toContain('q=');
		expect(decodePlan(link, factsFixture)).toEqual({ inputs, issues: [], from: 'planner' });
	});

	it('keeps the example quotes when no quote in the link can be used, and at most five', () => {
		const none = decodePlan('p=1&q=~~', factsFixture);
		expect(none.inputs.agency.quotes).toEqual(defaultInputs(factsFixture).agency.quotes);
		expect(none.issues.at(-1)).toEqual({ code: 'no-quotes', field: 'q', outcome: 'example-value' });
		const many = decodePlan(`p=1${'&q=X~1'.repeat(7)}`, factsFixture);
		expect(many.inputs.agency.quotes).toHaveLength(5);
		expect(many.issues).toEqual([{ code: 'too-many-quotes', field: 'q', value: '7', limit: 5, outcome: 'ignored' }]);
	});

	it('keeps the first of a repeated parameter, ignores unknown ones and cuts very long links', () => {
		const decoded = decodePlan('p=1&gmv=100&gmv=200&utm_source=x&inhouse=5', factsFixture);
		expect(decoded.inputs.sales.firstMonthGmv).toBe(100);
		expect(decoded.issues).toEqual([{ code: 'duplicate', field: 'gmv', outcome: 'first-kept' }]);
		const long = decodePlan(`p=1&gmv=300&x=${'a'.repeat(30_000)}`, factsFixture);
		expect(long.inputs.sales.firstMonthGmv).toBe(300);
		expect(long.issues).toEqual([{ code: 'too-long', field: 'query', outcome: 'ignored', limit: 20_000 }]);
	});

	it('lists at most twelve issues, then how many more', () => {
		const decoded = decodePlan(`p=1${'&q=~~'.repeat(5)}&gmv=x&aov=x&refund=x&margin=x&dep=x&pfee=x&sw=x&pts=x&pay=x`, factsFixture);
		expect(decoded.issues).toHaveLength(13);
		expect(decoded.issues.at(-1)).toEqual({ code: 'more-issues', field: 'query', outcome: 'ignored', value: '3' });
	});
});
