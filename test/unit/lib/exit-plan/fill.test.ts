import { describe, expect, it } from 'vitest';
import { exitPlanStrings } from '../../../../src/i18n/tools/exit-plan';
import { fillPlaceholders } from '../../../../src/lib/exit-plan/fill';
import { fill } from '../../../../src/lib/text/template';

/** Every string of the exit plan that has a placeholder, in both languages. */
function templates(value: unknown): string[] {
	if (typeof value === 'string') return value.includes('{') ? [value] : [];
	if (value && typeof value === 'object') return Object.values(value).flatMap(templates);
	return [];
}

describe('exit plan placeholders', () => {
	it('fill every template exactly as the site-wide fill does, with dates, counts and names', () => {
		const en = { notice: 'Mon, 31 May 2027', end: 'Wed, 30 June 2027', count: 4, done: 2, total: 17, days: 30, step: 'Give notice in writing', state: 'Yes', fields: 'end date, notice period', file: 'tmall-exit-plan-2027-06-30.ics', apply: 'Wed, 24 February 2027', earliest: 'Sun, 10 January 2027', event: 'Double 11', from: 'Sun, 10 October 2027', to: 'Mon, 15 November 2027', after: 'Thu, 16 December 2027', before: 'Sat, 9 October 2027' };
		const zh = { notice: '2027年5月31日星期一', end: '2027年6月30日星期三', count: 4, done: 2, total: 17, days: 30, step: '发出通知', state: '是', fields: '终止日期、通知期', file: 'tmall-exit-plan-2027-06-30.ics', apply: '2027年2月24日星期三', earliest: '2027年1月10日星期日', event: '618', from: '2027年5月20日星期四', to: '2027年6月20日星期日', after: '2027年7月21日星期三', before: '2027年5月19日星期三' };
		const pairs = [...templates(exitPlanStrings.en).map((template) => [template, en] as const), ...templates(exitPlanStrings.zh).map((template) => [template, zh] as const)];
		expect(pairs.length).toBe(22);
		for (const [template, values] of pairs) expect(fillPlaceholders(template, values)).toBe(fill(template, values));
		expect(fillPlaceholders('{a} and {b}', { a: 1 })).toBe('1 and {b}');
	});
});
