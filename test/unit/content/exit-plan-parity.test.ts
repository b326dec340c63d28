import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scheduledStepIds } from '../../../src/lib/exit-plan/schedule';
import { exitPlanContentSchema } from '../../../src/schemas/exit-plan';

const load = (locale: string) =>
	exitPlanContentSchema.parse(JSON.parse(readFileSync(`content/exit-plan/${locale}.json`, 'utf8')));

describe('exit plan content', () => {
	const en = load('en');
	const zh = load('zh');

	it('has words for every scheduled step, in both languages, and nothing else', () => {
		expect(en.steps.map((step) => step.id)).toEqual([...scheduledStepIds]);
		expect(zh.steps.map((step) => step.id)).toEqual([...scheduledStepIds]);
	});

	it('lists the same handover lines in both languages, once each', () => {
		const ids = en.handover.map((line) => line.id);
		expect(zh.handover.map((line) => line.id)).toEqual(ids);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('refuses a step without an id or with markup-looking junk in its id', () => {
		expect(exitPlanContentSchema.safeParse({ steps: [{ title: 'abc', detail: 'x'.repeat(20) }], handover: [] }).success).toBe(false);
		expect(
			exitPlanContentSchema.safeParse({
				steps: [{ id: '<b>', title: 'abc', detail: 'x'.repeat(20) }],
				handover: [{ id: 'a', text: 'abc' }],
			}).success,
		).toBe(false);
	});
});
