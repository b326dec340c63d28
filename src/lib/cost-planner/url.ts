/**
 * The planner's inputs as a URL query: a public contract (docs/cost-planner-url.md). Links
 * people have shared must keep opening the same figures, so every value is written out, even
 * a default: a later change to the platform-facts dataset does not change an old link's answer.
 *
 *   ?p=1&ch=tmall&store=flagship&mark=r&months=12&gmv=200000&growth=15&aov=200&refund=10…
 *    &q=NAME~FEE~RATE~BASE~TIERS~GUARANTEE~SETUP&q=…
 *
 * The names the fee calculator also uses (`gmv`, `months`, `refund`, `growth`, `margin`,
 * `pfee`, `q`) mean the same thing in both, so a fee-calculator link opens in the planner
 * with its quotes; those are read by the fee calculator's own decoder. Decoding never throws.
 */
import { roundTo, type NumberRule } from '../fees/limits';
import { decodeState, readNumber } from '../fees/url-decode';
import { encodeState } from '../fees/url-encode';
import type { IssueCode, IssueOutcome, UrlIssue } from '../fees/url-format';
import { defaultInputs, type DefaultOptions } from './defaults';
import { maxRampMonths, maxRebateTiers, plannerRules, type PlannerRuleName } from './limits';
import type { AgencyQuote, Channel, MarketingMode, PlannerFacts, PlannerInputs, StoreType, TaxPaidBy, Trademark } from './types';

export const plannerUrlVersion = '1';

/** Each plain number parameter, its rule, and where it lives in the inputs. */
const numberParams = {
	gmv: ['firstMonthGmv', (i) => i.sales.firstMonthGmv, (i, v) => (i.sales.firstMonthGmv = v)],
	growth: ['monthlyGrowthPct', (i) => i.sales.monthlyGrowthPct, (i, v) => (i.sales.monthlyGrowthPct = v)],
	aov: ['averageOrderValue', (i) => i.sales.averageOrderValue, (i, v) => (i.sales.averageOrderValue = v)],
	refund: ['refundRatePct', (i) => i.sales.refundRatePct, (i, v) => (i.sales.refundRatePct = v)],
	margin: ['grossMarginPct', (i) => i.economics.grossMarginPct, (i, v) => (i.economics.grossMarginPct = v)],
	dep: ['depositCny', (i) => i.platform.depositCny, (i, v) => (i.platform.depositCny = v)],
	pfee: ['commissionPct', (i) => i.platform.commissionPct, (i, v) => (i.platform.commissionPct = v)],
	sw: ['softwareFeePct', (i) => i.platform.softwareFeePct, (i, v) => (i.platform.softwareFeePct = v)],
	pts: ['pointsPct', (i) => i.platform.pointsPct, (i, v) => (i.platform.pointsPct = v)],
	pay: ['paymentFeePct', (i) => i.platform.paymentFeePct, (i, v) => (i.platform.paymentFeePct = v)],
	afee: ['annualFeeCny', (i) => i.platform.annualFeeCny, (i, v) => (i.platform.annualFeeCny = v)],
	cshare: ['creatorSharePct', (i) => i.marketing.creatorSharePct, (i, v) => (i.marketing.creatorSharePct = v)],
	ccomm: ['creatorCommissionPct', (i) => i.marketing.creatorCommissionPct, (i, v) => (i.marketing.creatorCommissionPct = v)],
	camp: ['campaignFeesPerMonth', (i) => i.marketing.campaignFeesPerMonth, (i, v) => (i.marketing.campaignFeesPerMonth = v)],
	ful: ['fulfilmentPerOrder', (i) => i.operations.fulfilmentPerOrder, (i, v) => (i.operations.fulfilmentPerOrder = v)],
	ret: ['returnsHandlingPerReturn', (i) => i.operations.returnsHandlingPerReturn, (i, v) => (i.operations.returnsHandlingPerReturn = v)],
	cs: ['customerServicePerMonth', (i) => i.operations.customerServicePerMonth, (i, v) => (i.operations.customerServicePerMonth = v)],
	content: ['contentPerMonth', (i) => i.operations.contentPerMonth, (i, v) => (i.operations.contentPerMonth = v)],
	samples: ['samplesPerMonth', (i) => i.operations.samplesPerMonth, (i, v) => (i.operations.samplesPerMonth = v)],
} as const satisfies Record<string, readonly [PlannerRuleName, (inputs: PlannerInputs) => number, (inputs: PlannerInputs, value: number) => void]>;

/** Tmall Global's numbers; written only when the inputs have them. */
const globalParams = {
	bdep: 'bondedDepositCny',
	taxpre: 'taxPrepaymentCny',
	tax: 'crossBorderTaxPct',
} as const;

/** Words for the choices, as links write them. */
const choices = {
	ch: { tmall: 'tmall', global: 'tmall-global' },
	store: { flagship: 'flagship', franchise: 'franchise', specialty: 'specialty' },
	mark: { r: 'registered', tm: 'tm' },
	ads: { monthly: 'monthly', share: 'share-of-gmv', roas: 'target-roas' },
	taxby: { merchant: 'merchant', buyer: 'buyer' },
	afon: { '1': true, '0': false },
} as const;

const adRule: Record<MarketingMode, PlannerRuleName> = { monthly: 'adMonthly', 'share-of-gmv': 'adSharePct', 'target-roas': 'adRoas' };

export type PlannerIssueField =
	| 'p'
	| 'ch'
	| 'store'
	| 'mark'
	| 'months'
	| 'ramp'
	| 'rebate'
	| 'afon'
	| 'taxby'
	| 'ads'
	| 'ad'
	| keyof typeof numberParams
	| keyof typeof globalParams
	// Inside a `q`: the fee calculator's segments, and the planner's seventh.
	| 'q'
	| 'name'
	| 'fee'
	| 'rate'
	| 'base'
	| 'tiers'
	| 'guarantee'
	| 'setup'
	| 'query';

/**
 * The fee calculator's codes, and the planner's own: `unknown-choice` (a word the parameter
 * does not know), `bad-entry` (one entry of `ramp` or `rebate` that cannot be read),
 * `too-many-entries`, and `plan-length` (`months` other than 12 or 24, set to the nearer one).
 */
export type PlannerIssueCode = IssueCode | 'unknown-choice' | 'bad-entry' | 'too-many-entries' | 'plan-length';

export interface PlannerIssue {
	code: PlannerIssueCode;
	field: PlannerIssueField;
	outcome: IssueOutcome;
	/** 1-based position of the `q` the issue is in. */
	quote?: number;
	/** The offending text, shortened; show it as text only. */
	value?: string;
	/** The limit broken, or for `plan-length` the months used instead. */
	limit?: number;
}

export interface DecodedPlan {
	inputs: PlannerInputs;
	issues: PlannerIssue[];
	/** `fee-calculator`: the link was the fee calculator's (no `p`); its quotes and shared figures were taken over. */
	from: 'planner' | 'fee-calculator' | 'empty';
}

const maxQueryLength = 20_000;
const maxIssues = 12;
const maxShown = 40;

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
			add('ramp', inputs.sales.ramp.slice(0, maxRampMonths).map((gmv) => encodeNumber(gmv, r.rampGmv)).join(','));
		}
		if (param === 'sw') {
			add('rebate', inputs.platform.softwareRebate.map((tier) => `${encodeNumber(tier.upToAnnualGmv, r.rebateUpTo)}:${encodeNumber(tier.rebatePct, r.rebatePct)}`).join(','));
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
	// Quotes in the fee calculator's own encoding, with the set-up fee as a seventh segment.
	const feeQuery = encodeState({
		monthlyGmv: 0,
		months: 1,
		refundRate: 0,
		monthlyGrowth: 0,
		grossMargin: null,
		platformFeeRate: null,
		inHouseMonthlyCost: null,
		quotes: inputs.agency.quotes,
	});
	const quoteParts = feeQuery.split('&').filter((part) => part.startsWith('q='));
	inputs.agency.quotes.forEach((quote, index) => {
		const part = quoteParts[index] ?? '';
		const segments = part.split('~');
		while (segments.length < 6) segments.push('');
		parts.push(quote.setupFeeCny > 0 ? `${segments.join('~')}~${encodeNumber(quote.setupFeeCny, r.setupFeeCny)}` : part);
	});
	return parts.join('&');
}

class Issues {
	readonly list: PlannerIssue[] = [];
	private overflow = 0;

	add(issue: PlannerIssue): void {
		if (issue.value !== undefined) {
			const characters = Array.from(issue.value);
			if (characters.length > maxShown) issue.value = `${characters.slice(0, maxShown).join('')}…`;
		}
		if (this.list.length < maxIssues) this.list.push(issue);
		else this.overflow += 1;
	}

	finish(): PlannerIssue[] {
		if (this.overflow > 0) this.list.push({ code: 'more-issues', field: 'query', outcome: 'ignored', value: String(this.overflow) });
		return this.list;
	}
}

function limitOf(read: { limit?: number }): { limit?: number } {
	return read.limit === undefined ? {} : { limit: read.limit };
}

/** Reads a list of `A:B` pairs or plain numbers; a bad entry is left out and reported. */
function readEntries(raw: string, field: 'ramp' | 'rebate', max: number, issues: Issues): string[] {
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
	const issues = new Issues();
	let query = typeof search === 'string' ? search : '';
	if (query.startsWith('?')) query = query.slice(1);
	if (query.length > maxQueryLength) {
		issues.add({ code: 'too-long', field: 'query', outcome: 'ignored', limit: maxQueryLength });
		query = query.slice(0, maxQueryLength);
	}
	let params: URLSearchParams;
	try {
		params = new URLSearchParams(query);
	} catch {
		params = new URLSearchParams();
	}
	const first = (param: PlannerIssueField): string | undefined => {
		const values = params.getAll(param);
		if (values.length > 1) issues.add({ code: 'duplicate', field: param, outcome: 'first-kept' });
		return values[0];
	};
	const version = first('p');
	const from: DecodedPlan['from'] = version !== undefined ? 'planner' : params.has('v') || params.has('q') ? 'fee-calculator' : query.trim() === '' ? 'empty' : 'planner';
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

/** The maximum the fee calculator allows, and so the planner. */
const maxQuotes = 5;

/** Each `q` through the fee calculator's own decoder, then the seventh segment (set-up fee). */
function readQuotes(values: string[], issues: Issues): AgencyQuote[] {
	if (values.length > maxQuotes) issues.add({ code: 'too-many-quotes', field: 'q', value: String(values.length), limit: maxQuotes, outcome: 'ignored' });
	const quotes: AgencyQuote[] = [];
	values.slice(0, maxQuotes).forEach((raw, index) => {
		const decoded = decodeState(new URLSearchParams({ q: raw }).toString(), {
			monthlyGmv: 0,
			months: 1,
			refundRate: 0,
			monthlyGrowth: 0,
			grossMargin: null,
			platformFeeRate: null,
			inHouseMonthlyCost: null,
			quotes: [],
		});
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
