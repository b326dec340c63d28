import { describe, expect, it } from 'vitest';
import { plan } from '../../../../src/lib/cost-planner/plan';
import { answerWordsEn, answerWordsZh, planAnswer, roundForProse } from '../../../../src/lib/cost-planner/sentences';
import { domesticExample, globalExample } from './examples';

describe('planAnswer', () => {
	const domestic = plan(domesticExample()).plans[0]!;
	const global = plan(globalExample()).plans[0]!;

	it('says the domestic example plainly in English and Chinese', () => {
		expect(planAnswer('en', answerWordsEn, domestic, { marginPct: 50, months: 12, name: 'Shop & Co' })).toBe(
			'With Shop & Co: You need about CN¥100,000 in cash at most, in month 2; CN¥50,000 of that is refundable deposit money. ' +
				'At a 50% gross margin it breaks even at about CN¥334,000 of sales a month, and it has earned back what it spent by month 7.',
		);
		expect(planAnswer('zh', answerWordsZh, domestic, { marginPct: 50, months: 12, name: 'Shop & Co' })).toBe(
			'选 Shop & Co：最多需要准备约 ¥10万 现金，出现在第 2 个月，其中 ¥5万 是可退还的保证金等押款。按 50% 的毛利率，月销售额（GMV）约 ¥33.4万 时收支平衡，到第 7 个月收回已花的钱。',
		);
	});

	it('says the Tmall Global example plainly in English and Chinese', () => {
		expect(planAnswer('en', answerWordsEn, global, { marginPct: 50, months: 24 })).toBe(
			'You need about CN¥314,000 in cash at most, in month 1; CN¥300,000 of that is refundable deposit money. ' +
				'At a 50% gross margin it breaks even at about CN¥187,000 of sales a month, and it has earned back what it spent by month 2.',
		);
		expect(planAnswer('zh', answerWordsZh, global, { marginPct: 50, months: 24 })).toBe(
			'最多需要准备约 ¥31.4万 现金，出现在第 1 个月，其中 ¥30万 是可退还的保证金等押款。按 50% 的毛利率，月销售额（GMV）约 ¥18.7万 时收支平衡，到第 2 个月收回已花的钱。',
		);
	});

	it('says when no cash is needed, there is no break-even, and the money is not earned back', () => {
		const never = { peakCash: { amount: 0, month: null, tiedUp: 0, spent: 0 }, breakEvenGmv: null, breakEvenMonth: null };
		expect(planAnswer('en', answerWordsEn, never, { marginPct: 12.5, months: 24 })).toBe(
			'The store never needs more cash than it has brought in. At a 12.5% gross margin no level of sales covers the costs, and it does not earn back what it spent within 24 months.',
		);
		expect(planAnswer('zh', answerWordsZh, never, { marginPct: 12.5, months: 24 })).toBe(
			'店铺的收入始终够付支出，不需要另外准备现金。按 12.5% 的毛利率，销售额再高也覆盖不了成本，24 个月内收不回已花的钱。',
		);
		const spentOnly = { peakCash: { amount: 8_000, month: 3, tiedUp: 0, spent: 8_000 }, breakEvenGmv: 0, breakEvenMonth: 4 };
		expect(planAnswer('en', answerWordsEn, spentOnly, { marginPct: 50, months: 12 })).toBe(
			'You need about CN¥8,000 in cash at most, in month 3. At a 50% gross margin it breaks even at about CN¥0 of sales a month, and it has earned back what it spent by month 4.',
		);
	});

	it('rounds prose amounts to three significant figures', () => {
		expect([roundForProse(278_333.02), roundForProse(999.6), roundForProse(1_234_567), roundForProse(-44_080)]).toEqual([278_000, 1_000, 1_230_000, -44_100]);
	});
});
