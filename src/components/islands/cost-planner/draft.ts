/**
 * The planner's form: what the user typed, kept apart from the numbers the model uses.
 * A bad entry never erases the text; the results go on using the last valid value.
 * Pure (no DOM): the island turns drafts into `PlannerInputs` and back.
 */
import type { Locale } from '../../../lib/locale';
import { formatInputNumber } from '../../../lib/format/number';
import { bigMoney, percent, readTypedNumber, type NumberRule } from '../../../lib/fees/rule';
import type { NumberDraft as FeeNumberDraft } from '../../../lib/fees/draft';
import { boxRule, plannerRules } from '../../../lib/cost-planner/limits';
import { rampForPlan, rampFromSales } from '../../../lib/cost-planner/ramp';
import type { AgencyQuote, Channel, MarketingMode, PlannerInputs, PlanMonths, StoreType, TaxPaidBy, Trademark } from '../../../lib/cost-planner/types';

/** A number box's text and its last valid value, as in the fee calculator (the planner has no optional boxes, so never `null`). */
export interface NumberDraft extends FeeNumberDraft {
	value: number;
}

/**
 * Every number the form shows, by the section of the inputs it lives in. Each box takes what the
 * link reader takes for the same figure (`boxRule`), so a plan typed here survives its own link.
 */
const sections = {
	sales: ['firstMonthGmv', 'monthlyGrowthPct', 'averageOrderValue', 'refundRatePct'],
	platform: ['depositCny', 'commissionPct', 'softwareFeePct', 'pointsPct', 'paymentFeePct', 'annualFeeCny'],
	global: ['bondedDepositCny', 'taxPrepaymentCny', 'crossBorderTaxPct'],
	/** `adValue` is the marketing section's `value`, whose rule goes by the ad mode. */
	marketing: ['adValue', 'creatorSharePct', 'creatorCommissionPct', 'campaignFeesPerMonth'],
	operations: ['fulfilmentPerOrder', 'returnsHandlingPerReturn', 'customerServicePerMonth', 'contentPerMonth', 'samplesPerMonth'],
	economics: ['grossMarginPct'],
} as const;

type SectionName = keyof typeof sections;
export type FieldName = (typeof sections)[SectionName][number];

const sectionOf = {} as Record<FieldName, SectionName>;
for (const [section, names] of Object.entries(sections)) for (const name of names) sectionOf[name] = section as SectionName;

export type PlatformField = 'depositCny' | 'commissionPct' | 'softwareFeePct' | 'pointsPct' | 'paymentFeePct' | 'annualFeeCny';
export type GlobalField = 'bondedDepositCny' | 'taxPrepaymentCny' | 'crossBorderTaxPct';

/** A quote's boxes: the fee calculator's rules for its fee and rate (src/lib/fees/limits.ts), the link's for the set-up fee. */
const quoteRules = {
	monthlyFee: bigMoney,
	rate: percent,
	setupFeeCny: plannerRules.setupFeeCny,
} satisfies Record<string, NumberRule>;

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

/** Reads new text into a field, keeping the previous value when the text is not usable. */
function edit(previous: NumberDraft, text: string, rule: NumberRule): NumberDraft {
	const read = readTypedNumber(text, rule);
	return read.ok ? { text, value: read.value, error: null } : { text, value: previous.value, error: read.error };
}

export const editField = (previous: NumberDraft, text: string, name: FieldName, adMode: MarketingMode) => edit(previous, text, boxRule(name, adMode));
export const editQuoteField = (previous: NumberDraft, text: string, name: QuoteField) => edit(previous, text, quoteRules[name]);
/** One month's GMV in the month-by-month editor: the link's rule for a ramp entry. */
export const editRampEntry = (previous: NumberDraft, text: string) => edit(previous, text, plannerRules.rampGmv);

/**
 * Another ad mode reads the ad figure again by its rule (10 is 10 CNY a month, 10% of GMV or a
 * return of 10). A figure the new mode refuses stays in its box with the problem beside it, and the
 * results use what a link without a usable figure gives: no ads, or a return of 4.
 */
export function setAdMode(draft: PlannerDraft, adMode: MarketingMode): PlannerDraft {
	const fallback = { text: '', value: adMode === 'target-roas' ? 4 : 0, error: null };
	return {
		...draft,
		choices: { ...draft.choices, adMode },
		fields: { ...draft.fields, adValue: editField(fallback, draft.fields.adValue.text, 'adValue', adMode) },
	};
}

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
