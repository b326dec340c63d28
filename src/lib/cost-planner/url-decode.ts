import { maxQuotes } from '../fees/limits';
import { decodeState, readNumber } from '../fees/url-decode';
import type { UrlIssue } from '../fees/url-format';
import { IssueList, limitOf, readQuery } from '../url/read-query';
import { defaultInputs, type DefaultOptions } from './defaults';
import { adRule, maxRampMonths, maxRebateTiers, plannerRules, type PlannerRuleName } from './limits';
import type { AgencyQuote, Channel, ExchangeRate, MarketingMode, PlannerFacts, StoreType, TaxPaidBy, Trademark } from './types';
import {
	choices,
	globalParams,
	numberParams,
	plannerUrlVersion,
	quotesOnlyState,
	type DecodedPlan,
	type PlannerIssue,
	type PlannerIssueField,
} from './url-format';

/** Reads a list of `A:B` pairs or plain numbers; a bad entry is left out and reported. */
function readEntries(raw: string, field: 'ramp' | 'rebate', max: number, issues: IssueList<PlannerIssue>): string[] {
	const entries = raw.split(',').map((entry) => entry.trim());
	if (entries.length > max) issues.add({ code: 'too-many-entries', field, limit: max, outcome: 'ignored' });
	return entries.slice(0, max);
}

/**
 * Reads a query string (with or without `?`) into usable inputs. Never throws: what cannot be
 * used falls back to the default for the channel and store the link names (or is left out) and
 * is listed in `issues`. Unknown parameters (tracking tags, the fee calculator's `v` and
 * `inhouse`) are ignored quietly.
 */
export function decodePlan(search: string, facts: PlannerFacts, options: DefaultOptions = {}): DecodedPlan {
	const issues = new IssueList<PlannerIssue>();
	const { text: query, params, first } = readQuery(search, issues);
	const version = first('p');
	const from: DecodedPlan['from'] =
		version !== undefined ? 'planner' : params.has('v') || params.has('q') ? 'fee-calculator' : query.trim() === '' ? 'empty' : 'planner';
	if (version !== undefined && version.trim() !== plannerUrlVersion) {
		issues.add({ code: 'unknown-version', field: 'p', value: version, outcome: 'read-anyway' });
	}

	const choose = <T extends Record<string, unknown>>(param: PlannerIssueField, table: T): T[keyof T] | undefined => {
		const raw = first(param);
		if (raw === undefined) return undefined;
		const key = raw.trim().toLowerCase();
		if (Object.hasOwn(table, key)) return table[key as keyof T];
		issues.add({ code: 'unknown-choice', field: param, value: raw, outcome: 'example-value' });
		return undefined;
	};
	const channel = choose('ch', choices.ch) as Channel | undefined;
	const storeType = choose('store', choices.store) as StoreType | undefined;
	const trademark = choose('mark', choices.mark) as Trademark | undefined;
	// Defaults for the channel and store the link names, so a missing figure is the right one.
	const inputs = defaultInputs(facts, {
		...options,
		...(channel ? { channel } : {}),
		...(storeType ? { storeType } : {}),
		...(trademark ? { trademark } : {}),
	});

	// The fee calculator reads a missing `growth` as flat sales; so does the planner for its links.
	if (from === 'fee-calculator') inputs.sales.monthlyGrowthPct = 0;

	const monthsRaw = first('months');
	if (monthsRaw !== undefined) {
		const read = readNumber(monthsRaw, { min: 1, max: 60, decimals: 0 });
		if (!read.ok) issues.add({ code: read.code, field: 'months', value: monthsRaw, outcome: 'example-value', ...limitOf(read) });
		else {
			inputs.months = read.value <= 12 ? 12 : 24;
			if (read.value !== inputs.months) issues.add({ code: 'plan-length', field: 'months', value: monthsRaw, outcome: 'adjusted', limit: inputs.months });
		}
	}

	const readInto = (param: PlannerIssueField, rule: PlannerRuleName, set: (value: number) => void) => {
		const raw = first(param);
		if (raw === undefined || raw.trim() === '') return;
		const read = readNumber(raw, plannerRules[rule]);
		if (read.ok) set(read.value);
		else issues.add({ code: read.code, field: param, value: raw, outcome: 'example-value', ...limitOf(read) });
	};
	for (const [param, [rule, , set]] of Object.entries(numberParams) as Array<[keyof typeof numberParams, (typeof numberParams)[keyof typeof numberParams]]>) {
		readInto(param, rule, (value) => set(inputs, value));
	}

	const rampRaw = first('ramp');
	if (rampRaw !== undefined && rampRaw.trim() !== '') {
		const ramp: number[] = [];
		for (const entry of readEntries(rampRaw, 'ramp', maxRampMonths, issues)) {
			const read = readNumber(entry, plannerRules.rampGmv);
			if (read.ok) ramp.push(read.value);
			else {
				// A hole would shift every later month, so the ramp stops at the first bad entry.
				issues.add({ code: 'bad-entry', field: 'ramp', value: entry, outcome: 'ignored' });
				break;
			}
		}
		if (ramp.length > 0) inputs.sales.ramp = ramp;
	}

	const rebateRaw = first('rebate');
	if (rebateRaw !== undefined) {
		inputs.platform.softwareRebate = [];
		for (const entry of readEntries(rebateRaw, 'rebate', maxRebateTiers, issues)) {
			if (entry === '') continue;
			const [upTo = '', pct = '', ...extra] = entry.split(':');
			const upToRead = readNumber(upTo, plannerRules.rebateUpTo);
			const pctRead = readNumber(pct, plannerRules.rebatePct);
			if (!upToRead.ok || !pctRead.ok || extra.length > 0 || inputs.platform.softwareRebate.some((tier) => tier.upToAnnualGmv === upToRead.value)) {
				issues.add({ code: 'bad-entry', field: 'rebate', value: entry, outcome: 'ignored' });
				continue;
			}
			inputs.platform.softwareRebate.push({ upToAnnualGmv: upToRead.value, rebatePct: pctRead.value });
		}
		inputs.platform.softwareRebate.sort((a, b) => a.upToAnnualGmv - b.upToAnnualGmv);
	}

	const applies = choose('afon', choices.afon);
	if (applies !== undefined) inputs.platform.annualFeeApplies = applies;

	// Tmall Global's figures: start from the defaults for Tmall Global when the link has any of them.
	const hasGlobal = Object.keys(globalParams).some((param) => params.has(param)) || params.has('taxby');
	if (hasGlobal && !inputs.platform.global) {
		inputs.platform.global = defaultInputs(facts, { channel: 'tmall-global' }).platform.global;
	}
	const global = inputs.platform.global;
	if (global) {
		for (const [param, key] of Object.entries(globalParams) as Array<[keyof typeof globalParams, (typeof globalParams)[keyof typeof globalParams]]>) {
			readInto(param, key, (value) => (global[key] = value));
		}
		const taxBy = choose('taxby', choices.taxby) as TaxPaidBy | undefined;
		if (taxBy) global.taxPaidBy = taxBy;
	}

	const mode = choose('ads', choices.ads) as MarketingMode | undefined;
	if (mode && mode !== inputs.marketing.mode) {
		inputs.marketing.mode = mode;
		// The example value belongs to another mode; without a readable `ad` there are no ads.
		inputs.marketing.value = mode === 'target-roas' ? 4 : 0;
	}
	readInto('ad', adRule[inputs.marketing.mode], (value) => (inputs.marketing.value = value));

	const fx = first('fx');
	if (fx !== undefined && fx.trim() !== '') {
		const exchange = readExchange(fx);
		if (exchange) inputs.exchange = exchange;
		else issues.add({ code: 'bad-entry', field: 'fx', value: fx, outcome: 'ignored' });
	}

	const quoteValues = params.getAll('q');
	// A planner link without quotes plans the store with no agency; the fee calculator's always has quotes.
	if (quoteValues.length === 0 && version !== undefined) inputs.agency.quotes = [];
	if (quoteValues.length > 0) {
		const quotes = readQuotes(quoteValues, issues);
		if (quotes.length > 0) inputs.agency.quotes = quotes;
		else issues.add({ code: 'no-quotes', field: 'q', outcome: 'example-value' });
	}

	return { inputs, issues: issues.finish(), from };
}

/** `CUR:RATE` or `CUR:RATE:YYYY-MM-DD`; `null` when any part cannot be used. */
export function readExchange(raw: string): ExchangeRate | null {
	const [currencyText = '', rateText = '', dateText, ...extra] = raw.split(':');
	const currency = currencyText.trim().toUpperCase();
	if (!/^[A-Z]{3}$/.test(currency) || currency === 'CNY' || extra.length > 0) return null;
	const rate = readNumber(rateText, plannerRules.cnyPerUnit);
	if (!rate.ok) return null;
	if (dateText === undefined || dateText.trim() === '') return { currency, cnyPerUnit: rate.value, date: null };
	const date = dateText.trim();
	// Date.parse first: an impossible day (2026-13-45) is NaN, and toISOString would throw on it.
	const time = /^\d{4}-\d{2}-\d{2}$/.test(date) ? Date.parse(`${date}T00:00:00Z`) : Number.NaN;
	const valid = !Number.isNaN(time) && new Date(time).toISOString().startsWith(date);
	return valid ? { currency, cnyPerUnit: rate.value, date } : null;
}

/** Each `q` through the fee calculator's own decoder, then the seventh segment (set-up fee). */
function readQuotes(values: string[], issues: IssueList<PlannerIssue>): AgencyQuote[] {
	if (values.length > maxQuotes) issues.add({ code: 'too-many-quotes', field: 'q', value: String(values.length), limit: maxQuotes, outcome: 'ignored' });
	const quotes: AgencyQuote[] = [];
	values.slice(0, maxQuotes).forEach((raw, index) => {
		const decoded = decodeState(new URLSearchParams({ q: raw }).toString(), quotesOnlyState([]));
		for (const issue of decoded.issues as UrlIssue[]) {
			if (issue.code === 'no-quotes') continue;
			issues.add({ ...issue, field: issue.field as PlannerIssueField, quote: index + 1 });
		}
		const [quote] = decoded.state.quotes;
		if (!quote) return;
		let setupFeeCny = 0;
		const setupText = raw.split('~')[6];
		if (setupText !== undefined && setupText.trim() !== '') {
			const read = readNumber(setupText, plannerRules.setupFeeCny);
			if (read.ok) setupFeeCny = read.value;
			else issues.add({ code: read.code, field: 'setup', quote: index + 1, value: setupText, outcome: 'ignored', ...limitOf(read) });
		}
		quotes.push({ ...quote, setupFeeCny });
	});
	return quotes;
}
