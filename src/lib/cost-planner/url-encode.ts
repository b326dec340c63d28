import { roundTo, type NumberRule } from '../fees/limits';
import { encodeState } from '../fees/url-encode';
import { adRule, maxRampMonths, plannerRules } from './limits';
import type { PlannerInputs } from './types';
import { choices, globalParams, numberParams, plannerUrlVersion, quotesOnlyState } from './url-format';

/** Plain decimal digits at the rule's precision (never an exponent). */
function encodeNumber(value: number, rule: NumberRule): string {
	const rounded = roundTo(value, rule.decimals);
	return Number.isFinite(rounded) ? rounded.toFixed(rule.decimals).replace(/\.?0+$/, '') || '0' : '0';
}

function keyOf<T extends Record<string, unknown>>(table: T, value: unknown): string {
	return Object.keys(table).find((key) => table[key] === value) ?? '';
}

/** The query string for the inputs, without the leading `?`. */
export function encodePlan(inputs: PlannerInputs): string {
	const r = plannerRules;
	const parts: string[] = [`p=${plannerUrlVersion}`];
	const add = (param: string, text: string) => parts.push(`${param}=${text}`);
	add('ch', keyOf(choices.ch, inputs.channel));
	add('store', keyOf(choices.store, inputs.storeType));
	add('mark', keyOf(choices.mark, inputs.trademark));
	add('months', String(inputs.months));
	for (const [param, [rule, get]] of Object.entries(numberParams)) {
		add(param, encodeNumber(get(inputs), r[rule]));
		if (param === 'growth' && inputs.sales.ramp && inputs.sales.ramp.length > 0) {
			add(
				'ramp',
				inputs.sales.ramp
					.slice(0, maxRampMonths)
					.map((gmv) => encodeNumber(gmv, r.rampGmv))
					.join(','),
			);
		}
		if (param === 'sw') {
			add(
				'rebate',
				inputs.platform.softwareRebate
					.map((tier) => `${encodeNumber(tier.upToAnnualGmv, r.rebateUpTo)}:${encodeNumber(tier.rebatePct, r.rebatePct)}`)
					.join(','),
			);
		}
		if (param === 'afee') add('afon', inputs.platform.annualFeeApplies ? '1' : '0');
		if (param === 'afee' && inputs.platform.global) {
			for (const [globalParam, key] of Object.entries(globalParams)) add(globalParam, encodeNumber(inputs.platform.global[key], r[key]));
			add('taxby', inputs.platform.global.taxPaidBy);
		}
		if (param === 'pfee') {
			add('ads', keyOf(choices.ads, inputs.marketing.mode));
			add('ad', encodeNumber(inputs.marketing.value, r[adRule[inputs.marketing.mode]]));
		}
	}
	if (inputs.exchange) {
		const { currency, cnyPerUnit, date } = inputs.exchange;
		add('fx', [currency, encodeNumber(cnyPerUnit, r.cnyPerUnit), ...(date ? [date] : [])].join(':'));
	}
	// Quotes in the fee calculator's own encoding, with the set-up fee as a seventh segment.
	const feeQuery = encodeState(quotesOnlyState(inputs.agency.quotes));
	const quoteParts = feeQuery.split('&').filter((part) => part.startsWith('q='));
	inputs.agency.quotes.forEach((quote, index) => {
		const part = quoteParts[index] ?? '';
		const segments = part.split('~');
		while (segments.length < 6) segments.push('');
		parts.push(quote.setupFeeCny > 0 ? `${segments.join('~')}~${encodeNumber(quote.setupFeeCny, r.setupFeeCny)}` : part);
	});
	return parts.join('&');
}
