import { cleanQuoteName } from './quote-name';
import type { CalculatorState, Quote } from './types';
import { numberParams, urlFormatVersion } from './url-format';

/** Plain decimal digits; state values are already rounded, so `String` never uses exponents here. */
function encodeNumber(value: number): string {
	return String(value === 0 ? 0 : value);
}

function encodeQuote(quote: Quote): string {
	const segments = [
		encodeURIComponent(cleanQuoteName(quote.name).name),
		encodeNumber(quote.monthlyFee),
		encodeNumber(quote.rate),
		quote.base,
		quote.tiers.map((tier) => `${encodeNumber(tier.above)}:${encodeNumber(tier.rate)}`).join(','),
		quote.guaranteedGmv === null ? '' : encodeNumber(quote.guaranteedGmv),
	];
	while (segments.length > 4 && segments.at(-1) === '') segments.pop();
	return segments.join('~');
}

/** The query string for a state, without the leading `?`. */
export function encodeState(state: CalculatorState): string {
	const parts = [`v=${urlFormatVersion}`];
	for (const [param, key] of Object.entries(numberParams)) {
		const value = state[key];
		// Absent means "not entered" (or no growth), which keeps everyday links short.
		if (value === null || (key === 'monthlyGrowth' && value === 0)) continue;
		parts.push(`${param}=${encodeNumber(value)}`);
	}
	for (const quote of state.quotes) parts.push(`q=${encodeQuote(quote)}`);
	return parts.join('&');
}
