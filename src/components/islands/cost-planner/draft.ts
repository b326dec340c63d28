/**
 * The planner's form: what the user typed, kept apart from the numbers the model uses.
 * A bad entry never erases the text; the results go on using the last valid value.
 * Pure (no DOM): the island turns drafts into `PlannerInputs` and back.
 */
import type { Locale } from '../../../lib/locale';
import { formatInputNumber } from '../../../lib/format/number';
import { parseNumberInput } from '../../../lib/format/parse-number';
import type { NumberDraft as FeeNumberDraft } from '../../../lib/fees/draft';
import { rampForPlan, rampFromSales } from '../../../lib/cost-planner/ramp';
import type { AgencyQuote, Channel, MarketingMode, PlannerInputs, PlanMonths, StoreType, TaxPaidBy, Trademark } from '../../../lib/cost-planner/types';

/** A number box's text and its last valid value, as in the fee calculator (the planner has no optional boxes, so never `null`). */
export interface NumberDraft extends FeeNumberDraft {
	value: number;
}

interface Rule {
	min: number;
	max: number;
	decimals: number;
}

const money: Rule = { min: 0, max: 10_000_000_000, decimals: 2 };
const percent: Rule = { min: 0, max: 100, decimals: 4 };

/** Every number the form shows, by the section of the inputs it lives in, with the range it accepts. */
const sections = {
	sales: {
		firstMonthGmv: money,
		monthlyGrowthPct: { min: -50, max: 50, decimals: 4 },
		averageOrderValue: { min: 0, max: 1_000_000, decimals: 2 },
		refundRatePct: percent,
	},
	platform: { depositCny: money, commissionPct: percent, softwareFeePct: percent, pointsPct: percent, paymentFeePct: percent, annualFeeCny: money },
	global: { bondedDepositCny: money, taxPrepaymentCny: money, crossBorderTaxPct: percent },
	/** `adValue` is the marketing section's `value`. */
	marketing: { adValue: { min: 0, max: 10_000_000_000, decimals: 4 }, creatorSharePct: percent, creatorCommissionPct: percent, campaignFeesPerMonth: money },
	operations: { fulfilmentPerOrder: money, returnsHandlingPerReturn: money, customerServicePerMonth: money, contentPerMonth: money, samplesPerMonth: money },
	economics: { grossMarginPct: percent },
} satisfies Record<string, Record<string, Rule>>;

type SectionName = keyof typeof sections;
type Flatten<T> = { [S in keyof T]: keyof T[S] }[keyof T];
export type FieldName = Flatten<typeof sections> & string;

const sectionOf = {} as Record<FieldName, SectionName>;
export const fieldRules = {} as Record<FieldName, Rule>;
for (const [section, rules] of Object.entries(sections)) {
	for (const [name, rule] of Object.entries(rules)) {
		sectionOf[name as FieldName] = section as SectionName;
		fieldRules[name as FieldName] = rule;
	}
}

export type PlatformField = 'depositCny' | 'commissionPct' | 'softwareFeePct' | 'pointsPct' | 'paymentFeePct' | 'annualFeeCny';
export type GlobalField = 'bondedDepositCny' | 'taxPrepaymentCny' | 'crossBorderTaxPct';

const quoteRules = {
	monthlyFee: { min: 0, max: 1_000_000_000, decimals: 2 },
	rate: percent,
	setupFeeCny: money,
} satisfies Record<string, Rule>;

export type QuoteField = keyof typeof quoteRules;

export interface QuoteDraft extends Record<QuoteField, NumberDraft> {
	key: number;
	name: string;
	/** The rest of the quote (base, tiers, guarantee) as the model holds it. */
	terms: AgencyQuote;
}

export interface Choices {
	channel: Channel;
	storeType: StoreType;
	trademark: Trademark;
	months: PlanMonths;
	adMode: MarketingMode;
	taxPaidBy: TaxPaidBy;
	annualFeeApplies: boolean;
}

/** Month-by-month sales: whether they are used, and every month's box (kept for all 24 months, so a shorter plan loses none). */
export interface RampDraft {
	byMonth: boolean;
	entries: NumberDraft[];
}

export interface PlannerDraft {
	choices: Choices;
	ramp: RampDraft;
	fields: Record<FieldName, NumberDraft>;
	quotes: QuoteDraft[];
	/** Kept from the inputs: the model's rebate tiers, which the form does not edit. */
	rest: PlannerInputs;
}

function round(value: number, decimals: number): number {
	const factor = 10 ** decimals;
	const rounded = Math.round(value * factor) / factor;
	return rounded === 0 ? 0 : rounded;
}

/** Reads new text into a field, keeping the previous value when the text is not usable. */
function edit(previous: NumberDraft, text: string, rule: Rule): NumberDraft {
	const parsed = parseNumberInput(text);
	if (!parsed.ok) return { text, value: previous.value, error: { code: parsed.error } };
	const value = round(parsed.value, rule.decimals);
	if (value < rule.min)
		return { text, value: previous.value, error: parsed.value < 0 && rule.min >= 0 ? { code: 'negative' } : { code: 'too-small', limit: rule.min } };
	if (value > rule.max) return { text, value: previous.value, error: { code: 'too-large', limit: rule.max } };
	return { text, value, error: null };
}

export const editField = (previous: NumberDraft, text: string, name: FieldName) => edit(previous, text, fieldRules[name]);
export const editQuoteField = (previous: NumberDraft, text: string, name: QuoteField) => edit(previous, text, quoteRules[name]);
/** One month's GMV in the month-by-month editor: the link's rule for a ramp entry. */
export const editRampEntry = (previous: NumberDraft, text: string) => edit(previous, text, money);

/** Every month's box filled with the GMV the plan works out from these sales (growth, or a ramp and growth after it). */
export function rampEntries(sales: PlannerInputs['sales'], locale: Locale): NumberDraft[] {
	return rampFromSales(sales).map((value) => numberDraft(value, locale));
}

export function numberDraft(value: number, locale: Locale): NumberDraft {
	return { text: formatInputNumber(value, locale), value, error: null };
}

let nextKey = 1;

export function quoteDraft(quote: AgencyQuote, locale: Locale): QuoteDraft {
	return {
		key: nextKey++,
		name: quote.name,
		monthlyFee: numberDraft(quote.monthlyFee, locale),
		rate: numberDraft(quote.rate, locale),
		setupFeeCny: numberDraft(quote.setupFeeCny, locale),
		terms: quote,
	};
}

type Section = Record<string, unknown>;

function sectionIn(inputs: PlannerInputs, name: FieldName): Section | undefined {
	const section = sectionOf[name];
	return (section === 'global' ? inputs.platform.global : inputs[section]) as Section | undefined;
}

const property = (name: FieldName) => (name === 'adValue' ? 'value' : name);

export function draftFromInputs(inputs: PlannerInputs, locale: Locale): PlannerDraft {
	const fields = {} as Record<FieldName, NumberDraft>;
	for (const name of Object.keys(sectionOf) as FieldName[]) fields[name] = numberDraft(Number(sectionIn(inputs, name)?.[property(name)] ?? 0), locale);
	return {
		choices: {
			channel: inputs.channel,
			storeType: inputs.storeType,
			trademark: inputs.trademark,
			months: inputs.months,
			adMode: inputs.marketing.mode,
			taxPaidBy: inputs.platform.global?.taxPaidBy ?? 'buyer',
			annualFeeApplies: inputs.platform.annualFeeApplies,
		},
		ramp: inputs.sales.ramp?.length ? { byMonth: true, entries: rampEntries(inputs.sales, locale) } : { byMonth: false, entries: [] },
		fields,
		quotes: inputs.agency.quotes.map((quote) => quoteDraft(quote, locale)),
		rest: inputs,
	};
}

/** The model's inputs from the form: every field's last valid value. */
export function inputsFromDraft({ choices, ramp, fields, quotes, rest }: PlannerDraft): PlannerInputs {
	const inputs: PlannerInputs = {
		...rest,
		channel: choices.channel,
		storeType: choices.storeType,
		trademark: choices.trademark,
		months: choices.months,
		sales: { ...rest.sales },
		platform: { ...rest.platform, annualFeeApplies: choices.annualFeeApplies },
		marketing: { ...rest.marketing, mode: choices.adMode },
		operations: { ...rest.operations },
		economics: { ...rest.economics },
		agency: {
			quotes: quotes.map((quote) => ({
				...quote.terms,
				name: quote.name,
				monthlyFee: quote.monthlyFee.value,
				rate: quote.rate.value,
				setupFeeCny: quote.setupFeeCny.value,
			})),
		},
	};
	if (choices.channel === 'tmall-global')
		inputs.platform.global = { bondedDepositCny: 0, taxPrepaymentCny: 0, crossBorderTaxPct: 0, taxPaidBy: choices.taxPaidBy };
	else delete inputs.platform.global;
	for (const name of Object.keys(sectionOf) as FieldName[]) {
		const section = sectionIn(inputs, name);
		if (section) section[property(name)] = fields[name].value;
	}
	if (ramp.byMonth && ramp.entries.length > 0)
		inputs.sales.ramp = rampForPlan(
			ramp.entries.map((entry) => entry.value),
			choices.months,
		);
	else delete inputs.sales.ramp;
	return inputs;
}

/** Steady growth as the form holds it: the figures "month by month" starts from. */
export function steadyEntries(draft: PlannerDraft, locale: Locale): NumberDraft[] {
	const { firstMonthGmv, monthlyGrowthPct } = draft.fields;
	return rampEntries({ ...draft.rest.sales, firstMonthGmv: firstMonthGmv.value, monthlyGrowthPct: monthlyGrowthPct.value, ramp: [] }, locale);
}

/** Switches between steady growth and month by month; the months' boxes are kept either way, and filled from growth the first time. */
export function setRampMode(draft: PlannerDraft, byMonth: boolean, locale: Locale): PlannerDraft {
	const entries = byMonth && draft.ramp.entries.length === 0 ? steadyEntries(draft, locale) : draft.ramp.entries;
	return { ...draft, ramp: { byMonth, entries } };
}
