/**
 * The form behind the calculator: what the user typed, kept apart from the
 * numbers the model uses. A bad entry never erases the text; the results go
 * on using the last value that was valid until the entry is fixed.
 */
import type { Locale } from '../locale';
import { formatInputNumber } from '../format/number';
import { rules, type RuleName } from './limits';
import { readTypedNumber, type NumberProblem } from './rule';
import { cleanQuoteName } from './quote-name';
import type { CalculatorState, CommissionBase, CommissionTier } from './types';

/** What is wrong with a box's text, and the bound broken (for "enter no more than {limit}"). */
export type FieldError = NumberProblem;

export interface NumberDraft {
	text: string;
	/** The last valid value; `null` for an optional field left blank. */
	value: number | null;
	error: FieldError | null;
}

export interface TierDraft {
	above: NumberDraft;
	rate: NumberDraft;
}

export interface QuoteDraft {
	/** Stable identity for rendering lists while quotes are added and removed. */
	key: number;
	name: string;
	fee: NumberDraft;
	rate: NumberDraft;
	base: CommissionBase;
	tiers: TierDraft[];
	guarantee: NumberDraft;
	/**
	 * Whether the tiers-and-guarantee section starts open: yes when the quote
	 * arrived with such terms. Fixed at creation, so the user's own opening
	 * and closing is never undone by a re-render.
	 */
	showTerms: boolean;
}

/** The store-level numbers, named as in the state; each name is also its rule's name in limits.ts. */
export const topFields = ['monthlyGmv', 'months', 'refundRate', 'monthlyGrowth', 'grossMargin', 'platformFeeRate', 'inHouseMonthlyCost'] as const;
export type TopField = (typeof topFields)[number];

export type CalculatorDraft = Record<TopField, NumberDraft> & { quotes: QuoteDraft[] };

/** Fields that may be left blank: blank means "none" (or, in a tier row, "not finished") rather than an error. */
const optionalFields = new Set<RuleName>(['monthlyGrowth', 'grossMargin', 'platformFeeRate', 'inHouseMonthlyCost', 'guaranteedGmv', 'tierAbove']);

/** Reads new text into a field, keeping the previous value when the text is not usable. */
export function editNumber(previous: NumberDraft, text: string, ruleName: RuleName, optional = optionalFields.has(ruleName)): NumberDraft {
	const read = readTypedNumber(text, rules[ruleName]);
	if (read.ok) return { text, value: read.value, error: null };
	if (read.error.code === 'empty' && optional) return { text, value: null, error: null };
	return { text, value: previous.value, error: read.error };
}

function numberDraft(value: number | null, locale: Locale): NumberDraft {
	return { text: value === null ? '' : formatInputNumber(value, locale), value, error: null };
}

/** An empty tier row: ignored until both of its numbers are filled in. */
export function emptyTier(): TierDraft {
	return { above: { text: '', value: null, error: null }, rate: { text: '', value: null, error: null } };
}

let nextKey = 1;

export function draftFromState(state: CalculatorState, locale: Locale): CalculatorDraft {
	const draft = {
		quotes: state.quotes.map((quote) => ({
			key: nextKey++,
			name: quote.name,
			fee: numberDraft(quote.monthlyFee, locale),
			rate: numberDraft(quote.rate, locale),
			base: quote.base,
			tiers: quote.tiers.map((tier) => ({ above: numberDraft(tier.above, locale), rate: numberDraft(tier.rate, locale) })),
			guarantee: numberDraft(quote.guaranteedGmv, locale),
			showTerms: quote.tiers.length > 0 || quote.guaranteedGmv !== null,
		})),
	} as CalculatorDraft;
	// No growth shows as an empty box, which the hint explains, rather than a 0 to delete.
	for (const field of topFields) draft[field] = numberDraft(field === 'monthlyGrowth' && state[field] === 0 ? null : state[field], locale);
	return draft;
}

/** A fresh quote row for "Add a quote": no name yet (it shows as "Quote 4"), no fee, no commission. */
export function newQuoteDraft(): QuoteDraft {
	const zero = { text: '0', value: 0, error: null };
	return { key: nextKey++, name: '', fee: zero, rate: zero, base: 'net', tiers: [], guarantee: { text: '', value: null, error: null }, showTerms: false };
}

/** Usable tiers only (both numbers valid), sorted, first of any repeated threshold kept. */
function tiersFromDraft(tiers: TierDraft[]): CommissionTier[] {
	const usable: CommissionTier[] = [];
	for (const tier of tiers) {
		const above = tier.above.value;
		const rate = tier.rate.value;
		if (above === null || rate === null || usable.some((kept) => kept.above === above)) continue;
		usable.push({ above, rate });
	}
	return usable.sort((a, b) => a.above - b.above);
}

/** The state the model computes from: every field's last valid value. */
export function stateFromDraft(draft: CalculatorDraft): CalculatorState {
	const state = {
		quotes: draft.quotes.map((quote) => ({
			name: cleanQuoteName(quote.name).name,
			monthlyFee: quote.fee.value ?? 0,
			rate: quote.rate.value ?? 0,
			base: quote.base,
			tiers: tiersFromDraft(quote.tiers),
			// A guarantee of zero promises nothing.
			guaranteedGmv: quote.guarantee.value || null,
		})),
	} as CalculatorState;
	// Required fields always hold a valid value (editNumber keeps the last one); only optional ones can be null.
	for (const field of topFields) (state as Record<TopField, number | null>)[field] = draft[field].value;
	state.monthlyGrowth ??= 0;
	return state;
}
