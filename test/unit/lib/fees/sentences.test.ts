import { describe, expect, it } from 'vitest';
import { feeCalculatorStrings } from '../../../../src/i18n/tools/fee-calculator';
import { cheapestRegions } from '../../../../src/lib/fees/cheapest-regions';
import { evaluateContract } from '../../../../src/lib/fees/contract';
import { exampleState } from '../../../../src/lib/fees/example';
import { allPairs } from '../../../../src/lib/fees/pairs';
import { pairSentence } from '../../../../src/lib/fees/pair-sentence';
import { resultSentences } from '../../../../src/lib/fees/sentences';
import { joinSentences } from '../../../../src/lib/text/join-sentences';
import { summarize } from '../../../../src/lib/fees/summary';
import type { CalculatorState } from '../../../../src/lib/fees/types';
import type { Locale } from '../../../../src/lib/locale';

/*
 * The worked example: 1,000,000 a month, 10% refunds. A = 60,000 fee; B = 8% of net sales
 * (72,000); C = 20,000 + 3% of net (47,000, 4.7% of sales). A and B meet at 833,333;
 * A and C at 1,481,481; B and C at 444,444. Expected sentences are written out in full.
 */
function summaryOf(locale: Locale, state: CalculatorState): string {
	const contract = evaluateContract(state);
	const regions = cheapestRegions(state.quotes, state.refundRate);
	const t = feeCalculatorStrings[locale];
	return joinSentences(resultSentences(locale, t, state, contract, summarize(state.monthlyGmv, contract, regions), regions), t);
}

const pairsOf = (locale: Locale, state: CalculatorState) =>
	allPairs(state.quotes, state.refundRate).map((pair) => pairSentence(locale, feeCalculatorStrings[locale], state, pair));

describe('fee calculator sentences', () => {
	it('names the cheapest quote and where that changes, in English', () => {
		expect(summaryOf('en', exampleState())).toBe(
			'Quote C is cheapest at your forecast: CN¥47,000 a month, 4.7% of sales. Quote B becomes cheaper below CN¥444,444 a month. Quote A becomes cheaper above CN¥1,481,481 a month.',
		);
	});

	it('says the same in Chinese, with 万, quoted names and no stray spaces', () => {
		expect(summaryOf('zh', exampleState(['报价 A', '报价 B', '报价 C']))).toBe(
			'按你的预计销售额，“报价 C”最便宜：每月 ¥4.7万，占销售额的 4.7%。月销售额低于 ¥44.44万 时，“报价 B”更便宜。月销售额高于 ¥148.15万 时，“报价 A”更便宜。',
		);
	});

	it('writes one sentence per pair of quotes', () => {
		expect(pairsOf('en', exampleState())).toEqual([
			'Quote A and Quote B cost the same at CN¥833,333 a month. Below that, Quote B is cheaper; above it, Quote A is.',
			'Quote A and Quote C cost the same at CN¥1,481,481 a month. Below that, Quote C is cheaper; above it, Quote A is.',
			'Quote B and Quote C cost the same at CN¥444,444 a month. Below that, Quote B is cheaper; above it, Quote C is.',
		]);
		expect(pairsOf('zh', exampleState(['A', 'B', 'C']))).toEqual([
			'月销售额为 ¥83.33万 时，“A”和“B”费用相同。低于这个数，“B”更便宜；高于这个数，“A”更便宜。',
			'月销售额为 ¥148.15万 时，“A”和“C”费用相同。低于这个数，“C”更便宜；高于这个数，“A”更便宜。',
			'月销售额为 ¥44.44万 时，“B”和“C”费用相同。低于这个数，“B”更便宜；高于这个数，“C”更便宜。',
		]);
	});

	it('names blank quotes by number and says when two never meet', () => {
		const state = exampleState(['', '', '']);
		state.quotes = [state.quotes[0]!, { ...state.quotes[0]!, monthlyFee: 50_000 }];
		expect(pairsOf('en', state)).toEqual(['Quote 1 and Quote 2 never cost the same: Quote 2 is cheaper at every level of sales.']);
		expect(summaryOf('en', state)).toBe('Quote 2 is cheapest at your forecast: CN¥50,000 a month, 5% of sales. It stays the cheapest at any level of sales.');
		expect(summaryOf('zh', state)).toBe('按你的预计销售额，“报价 2”最便宜：每月 ¥5万，占销售额的 5%。无论销售额多少，它都是最便宜的。');
	});

	it('asks for a second quote when there is one', () => {
		const state = exampleState();
		state.quotes = [state.quotes[0]!];
		expect(summaryOf('en', state)).toBe('With one quote, there is nothing to compare yet. Add another quote to see which is cheaper.');
	});
});
