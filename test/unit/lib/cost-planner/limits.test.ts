import { describe, expect, it } from 'vitest';
import { boxRule, plannerRules } from '../../../../src/lib/cost-planner/limits';
import { decodePlan, encodePlan } from '../../../../src/lib/cost-planner/url';
import { readTypedNumber } from '../../../../src/lib/fees/rule';
import { domesticExample, factsFixture } from './examples';

describe('the planner’s boxes and its link take the same numbers', () => {
	it('keeps a plan with deposit, fees and monthly costs at 1,000,000,000 CNY whole through its own link', () => {
		const inputs = domesticExample();
		inputs.platform.depositCny = 1_000_000_000;
		inputs.platform.annualFeeCny = 1_000_000_000;
		inputs.operations.customerServicePerMonth = 1_000_000_000;
		inputs.marketing.campaignFeesPerMonth = 1_000_000_000;
		inputs.agency.quotes[0] = { ...inputs.agency.quotes[0]!, monthlyFee: 1_000_000_000, setupFeeCny: 1_000_000_000 };
		const link = encodePlan(inputs);
		expect(link).toContain('&dep=1000000000&');
		expect(link).toContain('&afee=1000000000&');
		expect(link).toContain('&q=Shop%20%26%20Co~1000000000~5~net~~~1000000000');
		const decoded = decodePlan(`?${link}`, factsFixture);
		expect(decoded.issues).toEqual([]);
		expect(decoded.inputs).toEqual(inputs);
	});

	it('takes 1,000,000,000 in the deposit box and refuses a yuan more, as the link does with a message', () => {
		expect(readTypedNumber('1,000,000,000', boxRule('depositCny', 'monthly'))).toEqual({ ok: true, value: 1_000_000_000 });
		expect(readTypedNumber('1000000001', boxRule('depositCny', 'monthly'))).toEqual({ ok: false, error: { code: 'too-large', limit: 1_000_000_000 } });
		expect(readTypedNumber('10,000,000,000', boxRule('annualFeeCny', 'monthly'))).toEqual({ ok: false, error: { code: 'too-large', limit: 1_000_000_000 } });
		const over = decodePlan(`?${encodePlan(domesticExample()).replace('&dep=50000&', '&dep=1000000001&')}`, factsFixture);
		expect(over.issues).toEqual([{ code: 'too-large', field: 'dep', value: '1000000001', outcome: 'example-value', limit: 1_000_000_000 }]);
		// The flagship's example deposit stands in for the refused figure.
		expect(over.inputs.platform.depositCny).toBe(domesticExample().platform.depositCny);
	});

	it('gives every box its link parameter’s rule, and the ad figure the rule of its mode', () => {
		for (const name of ['firstMonthGmv', 'averageOrderValue', 'depositCny', 'fulfilmentPerOrder', 'samplesPerMonth', 'grossMarginPct'] as const) {
			expect(boxRule(name, 'monthly')).toBe(plannerRules[name]);
		}
		expect(boxRule('fulfilmentPerOrder', 'monthly')).toEqual({ min: 0, max: 100_000, decimals: 2 });
		expect(boxRule('adValue', 'monthly')).toEqual({ min: 0, max: 1_000_000_000, decimals: 2 });
		expect(boxRule('adValue', 'share-of-gmv')).toEqual({ min: 0, max: 100, decimals: 4 });
		expect(boxRule('adValue', 'target-roas')).toEqual({ min: 0, max: 1000, decimals: 2, minExclusive: true });
		// An average order value of 0 would divide by zero: the box refuses it, as the link does.
		expect(readTypedNumber('0', boxRule('averageOrderValue', 'monthly'))).toEqual({ ok: false, error: { code: 'too-small', limit: 0 } });
	});
});
