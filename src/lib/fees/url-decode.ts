import { exampleState } from './example';
import { checkNumber, maxNameLength, maxQuotes, maxTiers, rules, type NumberRule } from './limits';
import { cleanQuoteName } from './quote-name';
import type { CalculatorState, CommissionBase, CommissionTier, Quote } from './types';
import { IssueList, limitOf, readQuery } from '../url/read-query';
import { numberParams, urlFormatVersion, type DecodedState, type IssueCode, type UrlIssue } from './url-format';

type NumberRead = { ok: true; value: number } | { ok: false; code: IssueCode; limit?: number };

/** Reads a number written by `encodeNumber` (or by hand): digits, one optional point and sign. */
export function readNumber(raw: string, rule: NumberRule): NumberRead {
	const text = raw.trim();
	if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(text)) return { ok: false, code: 'not-a-number' };
	const value = Number(text);
	if (!Number.isFinite(value)) return { ok: false, code: 'too-large', limit: rule.max };
	const checked = checkNumber(value, rule);
	if (checked.ok) return checked;
	const limit = checked.problem === 'too-large' ? rule.max : checked.problem === 'too-small' ? rule.min : undefined;
	return { ok: false, code: checked.problem, ...(limit === undefined ? {} : { limit }) };
}

function readTiers(raw: string, quote: number, issues: IssueList<UrlIssue>): CommissionTier[] {
	const tiers: CommissionTier[] = [];
	for (const pair of raw.split(',')) {
		if (pair.trim() === '') continue;
		const [aboveText, rateText, ...extra] = pair.split(':');
		const above = readNumber(aboveText ?? '', rules.tierAbove);
		const rate = readNumber(rateText ?? '', rules.rate);
		if (!above.ok || !rate.ok || extra.length > 0) {
			issues.add({ code: 'bad-tier', field: 'tiers', quote, value: pair, outcome: 'ignored' });
			continue;
		}
		if (tiers.some((tier) => tier.above === above.value)) {
			issues.add({ code: 'duplicate-tier', field: 'tiers', quote, value: pair, outcome: 'ignored' });
			continue;
		}
		tiers.push({ above: above.value, rate: rate.value });
	}
	tiers.sort((a, b) => a.above - b.above);
	if (tiers.length > maxTiers) {
		issues.add({ code: 'too-many-tiers', field: 'tiers', quote, limit: maxTiers, outcome: 'ignored' });
	}
	return tiers.slice(0, maxTiers);
}

/** One `q` value, or `null` when the quote cannot be used (the reason goes into `issues`). */
function readQuote(raw: string, quote: number, issues: IssueList<UrlIssue>): Quote | null {
	const [nameText = '', feeText = '', rateText = '', baseText = '', tiersText = '', guaranteeText = ''] = raw.split('~');
	if (feeText.trim() === '' && rateText.trim() === '') {
		issues.add({ code: 'empty-quote', field: 'q', quote, value: raw, outcome: 'quote-dropped' });
		return null;
	}

	const { name, hadMarkup, wasCut } = cleanQuoteName(nameText);
	if (hadMarkup) issues.add({ code: 'name-markup', field: 'name', quote, value: nameText, outcome: 'adjusted' });
	if (wasCut) issues.add({ code: 'name-too-long', field: 'name', quote, limit: maxNameLength, outcome: 'adjusted' });

	// An empty fee or rate means none, so hand-written links can skip the zero.
	const fee = feeText.trim() === '' ? { ok: true as const, value: 0 } : readNumber(feeText, rules.monthlyFee);
	const rate = rateText.trim() === '' ? { ok: true as const, value: 0 } : readNumber(rateText, rules.rate);
	const baseWord = baseText.trim().toLowerCase() || 'gmv';
	const base: CommissionBase | null = baseWord === 'gmv' || baseWord === 'net' ? baseWord : null;
	let usable = true;
	for (const [field, read, text] of [
		['fee', fee, feeText],
		['rate', rate, rateText],
	] as const) {
		if (read.ok) continue;
		usable = false;
		issues.add({ code: read.code, field, quote, value: text, outcome: 'quote-dropped', ...limitOf(read) });
	}
	if (base === null) {
		usable = false;
		issues.add({ code: 'unknown-base', field: 'base', quote, value: baseText, outcome: 'quote-dropped' });
	}
	if (!usable || !fee.ok || !rate.ok || base === null) return null;

	const tiers = readTiers(tiersText, quote, issues);
	let guaranteedGmv: number | null = null;
	if (guaranteeText.trim() !== '') {
		const guarantee = readNumber(guaranteeText, rules.guaranteedGmv);
		if (guarantee.ok) guaranteedGmv = guarantee.value > 0 ? guarantee.value : null;
		else issues.add({ code: guarantee.code, field: 'guarantee', quote, value: guaranteeText, outcome: 'ignored', ...limitOf(guarantee) });
	}

	return { name, monthlyFee: fee.value, rate: rate.value, base, tiers, guaranteedGmv };
}

/**
 * Reads a query string (with or without `?`) into a usable state. Never
 * throws: bad values fall back to the example (or are left out) and are listed
 * in `issues`. Unknown parameters (tracking tags and the like) are ignored quietly.
 */
export function decodeState(search: string, fallback: CalculatorState = exampleState()): DecodedState {
	const issues = new IssueList<UrlIssue>();
	const { params, first: firstValue } = readQuery(search, issues);
	const state: CalculatorState = { ...fallback, quotes: fallback.quotes.map((quote) => ({ ...quote, tiers: [...quote.tiers] })) };

	const version = firstValue('v');
	if (version !== undefined && version.trim() !== urlFormatVersion) {
		issues.add({ code: 'unknown-version', field: 'v', value: version, outcome: 'read-anyway' });
	}

	for (const [param, key] of Object.entries(numberParams) as Array<[keyof typeof numberParams, (typeof numberParams)[keyof typeof numberParams]]>) {
		// Optional inputs may be absent or blank; a bad one is dropped rather than replaced by an example figure.
		const optional = key === 'monthlyGrowth' || key === 'grossMargin' || key === 'platformFeeRate' || key === 'inHouseMonthlyCost';
		const raw = firstValue(param);
		if (raw === undefined || (optional && raw.trim() === '')) continue;
		const read = readNumber(raw, rules[key]);
		if (read.ok) {
			state[key] = read.value;
			continue;
		}
		issues.add({ code: read.code, field: param, value: raw, outcome: optional ? 'ignored' : 'example-value', ...limitOf(read) });
	}

	const quoteValues = params.getAll('q');
	if (quoteValues.length > maxQuotes) {
		issues.add({ code: 'too-many-quotes', field: 'q', value: String(quoteValues.length), limit: maxQuotes, outcome: 'ignored' });
	}
	if (quoteValues.length > 0) {
		const quotes = quoteValues
			.slice(0, maxQuotes)
			.map((raw, index) => readQuote(raw, index + 1, issues))
			.filter((quote): quote is Quote => quote !== null);
		if (quotes.length > 0) state.quotes = quotes;
		else issues.add({ code: 'no-quotes', field: 'q', outcome: 'example-value' });
	}

	return { state, issues: issues.finish() };
}
