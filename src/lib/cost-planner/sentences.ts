/**
 * The plain answer the planner gives for one quote, in the reader's language: how much cash
 * at most and when, how much of it comes back, the break-even GMV and when the money spent is
 * earned back. Pure: strings out, rendered as text. The two languages' words are separate
 * constants so a page ships only its own.
 */
import { formatMoneyInProse } from '../format/money';
import { formatPercent } from '../format/percent';
import type { Locale } from '../locale';
import { fill } from '../text/template';
import type { QuotePlan } from './types';

export interface AnswerWords {
	/** `{name}`: the quote's label, before the answer when several quotes are planned. */
	withQuote: string;
	peak: string;
	/** The peak holds no refundable money (it comes after deposits are covered, or there are none). */
	peakSpent: string;
	noPeak: string;
	breakEven: string;
	noBreakEven: string;
	earnedBack: string;
	notEarnedBack: string;
	/** Between sentences: a space in English, nothing in Chinese. */
	join: string;
}

export const answerWordsEn: AnswerWords = {
	withQuote: 'With {name}:',
	peak: 'You need about {peak} in cash at most, in month {month}; {refundable} of that is refundable deposit money.',
	peakSpent: 'You need about {peak} in cash at most, in month {month}.',
	noPeak: 'The store never needs more cash than it has brought in.',
	breakEven: 'At a {margin} gross margin it breaks even at about {gmv} of sales a month,',
	noBreakEven: 'At a {margin} gross margin no level of sales covers the costs,',
	earnedBack: 'and it has earned back what it spent by month {month}.',
	notEarnedBack: 'and it does not earn back what it spent within {months} months.',
	join: ' ',
};

export const answerWordsZh: AnswerWords = {
	withQuote: '选{name}：',
	peak: '最多需要准备约 {peak} 现金，出现在第{month}个月，其中 {refundable} 是可退还的保证金等押款。',
	peakSpent: '最多需要准备约 {peak} 现金，出现在第{month}个月。',
	noPeak: '店铺的收入始终够付支出，不需要另外准备现金。',
	breakEven: '按 {margin} 的毛利率，月销售额（GMV）约 {gmv} 时收支平衡，',
	noBreakEven: '按 {margin} 的毛利率，销售额再高也覆盖不了成本，',
	earnedBack: '到第{month}个月收回已花的钱。',
	notEarnedBack: '{months}个月内收不回已花的钱。',
	join: '',
};

/** "About" means three significant figures: 278,333 → 278,000 (¥27.8万). */
export function roundForProse(value: number): number {
	if (!Number.isFinite(value) || Math.abs(value) < 1000) return Math.round(value);
	return Number(value.toPrecision(3));
}

/**
 * The answer for one plan. `name` (the quote's label) is put first when given; `marginPct` is
 * the gross margin the plan used; `months` its length.
 */
export function planAnswer(
	locale: Locale,
	words: AnswerWords,
	plan: Pick<QuotePlan, 'peakCash' | 'breakEvenGmv' | 'breakEvenMonth'>,
	context: { marginPct: number; months: number; name?: string },
): string {
	const money = (value: number) => formatMoneyInProse(roundForProse(value), locale);
	const margin = formatPercent(context.marginPct, locale);
	const { peakCash } = plan;
	const parts: string[] = [];
	if (context.name !== undefined) parts.push(fill(words.withQuote, { name: context.name }));
	if (peakCash.month === null || !(peakCash.amount > 0)) parts.push(words.noPeak);
	else {
		const template = peakCash.tiedUp > 0 ? words.peak : words.peakSpent;
		parts.push(fill(template, { peak: money(peakCash.amount), month: peakCash.month, refundable: money(peakCash.tiedUp) }));
	}
	const breakEven = plan.breakEvenGmv === null ? fill(words.noBreakEven, { margin }) : fill(words.breakEven, { margin, gmv: money(plan.breakEvenGmv) });
	const earned = plan.breakEvenMonth === null ? fill(words.notEarnedBack, { months: context.months }) : fill(words.earnedBack, { month: plan.breakEvenMonth });
	parts.push(`${breakEven}${words.join}${earned}`);
	return parts.join(words.join);
}
