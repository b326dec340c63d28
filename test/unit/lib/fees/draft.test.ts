import { describe, expect, it } from 'vitest';
import { draftFromState, editNumber, emptyTier, newQuoteDraft, stateFromDraft } from '../../../../src/lib/fees/draft';
import { exampleState } from '../../../../src/lib/fees/example';

describe('the form draft', () => {
	it('shows the example as the user would type it, and reads it back unchanged', () => {
		const draft = draftFromState(exampleState(), 'en');
		expect(draft.monthlyGmv.text).toBe('1,000,000');
		expect(draft.monthlyGrowth.text).toBe('');
		expect(stateFromDraft(draft)).toEqual(exampleState());
	});

	it('keeps what was typed and the last valid value when an entry is wrong', () => {
		const start = draftFromState(exampleState(), 'en').monthlyGmv;
		const typo = editNumber(start, '12abc', 'monthlyGmv');
		expect(typo).toEqual({ text: '12abc', value: 1_000_000, error: { code: 'invalid' } });
		const negative = editNumber(typo, '-5', 'monthlyGmv');
		expect(negative).toEqual({ text: '-5', value: 1_000_000, error: { code: 'negative' } });
		expect(editNumber(negative, '100万', 'monthlyGmv')).toEqual({ text: '100万', value: 1_000_000, error: null });
	});

	it('reads 1,000 as a thousand and asks about 1,5 instead of reading it as 15 (the scorecard reads the same)', () => {
		const rate = draftFromState(exampleState(), 'en').quotes[0]!.rate;
		expect(editNumber(rate, '1,5', 'rate')).toEqual({ text: '1,5', value: rate.value, error: { code: 'decimal-comma' } });
		const fee = draftFromState(exampleState(), 'en').quotes[0]!.fee;
		expect(editNumber(fee, '1,000', 'monthlyFee')).toEqual({ text: '1,000', value: 1000, error: null });
	});

	it('names the broken limit so the message can quote it', () => {
		const months = draftFromState(exampleState(), 'en').months;
		expect(editNumber(months, '61', 'months').error).toEqual({ code: 'too-large', limit: 60 });
		expect(editNumber(months, '0', 'months').error).toEqual({ code: 'too-small', limit: 1 });
		expect(editNumber(months, '1.5', 'months').error).toEqual({ code: 'not-whole' });
	});

	it('lets optional fields be blank, meaning "not entered", but not required ones', () => {
		const draft = draftFromState(exampleState(), 'zh');
		expect(editNumber(draft.grossMargin, ' ', 'grossMargin')).toEqual({ text: ' ', value: null, error: null });
		expect(editNumber(draft.monthlyGmv, '', 'monthlyGmv').error).toEqual({ code: 'empty' });
	});

	it('uses only finished tiers, sorted, and treats a zero guarantee as none', () => {
		const draft = draftFromState(exampleState(), 'en');
		const quote = { ...newQuoteDraft(), fee: editNumber(newQuoteDraft().fee, '1000', 'monthlyFee') };
		const high = { above: editNumber(emptyTier().above, '2000000', 'tierAbove'), rate: editNumber(emptyTier().rate, '1', 'rate', true) };
		const low = { above: editNumber(emptyTier().above, '1000000', 'tierAbove'), rate: editNumber(emptyTier().rate, '3', 'rate', true) };
		const unfinished = { ...emptyTier(), above: editNumber(emptyTier().above, '500000', 'tierAbove') };
		quote.tiers = [high, unfinished, low];
		quote.guarantee = editNumber(quote.guarantee, '0', 'guaranteedGmv');
		const state = stateFromDraft({ ...draft, quotes: [quote] });
		expect(state.quotes[0]?.tiers).toEqual([
			{ above: 1_000_000, rate: 3 },
			{ above: 2_000_000, rate: 1 },
		]);
		expect(state.quotes[0]?.guaranteedGmv).toBeNull();
	});
});
