import { describe, expect, it } from 'vitest';
import { measureInRounds } from '../../../scripts/lib/rounds.mjs';

/** A measurement that logs its calls and returns the next figure queued for each page. */
function scripted(figures: Record<string, number[]>) {
	const calls: string[] = [];
	const measure = async (page: string, round: number) => {
		calls.push(`${round}:${page}`);
		const figure = figures[page]?.shift();
		if (figure === undefined) throw new Error(`no figure left for ${page}`);
		return figure;
	};
	return { calls, measure };
}

describe('measureInRounds', () => {
	it('measures every page once per round, pages in list order, rounds one after the other', async () => {
		const { calls, measure } = scripted({ '/': [90, 91, 92], '/zh/': [80, 81, 82] });
		const results = await measureInRounds(['/', '/zh/'], 3, measure);
		// Not 1:/ 2:/ 3:/ then 1:/zh/…: a page's runs are spread over the audit.
		expect(calls).toEqual(['1:/', '1:/zh/', '2:/', '2:/zh/', '3:/', '3:/zh/']);
		expect(results.get('/')).toEqual([90, 91, 92]);
		expect(results.get('/zh/')).toEqual([80, 81, 82]);
	});

	it('gives a settled page no more runs and stops when every page is settled', async () => {
		const { calls, measure } = scripted({ a: [96], b: [90, 97], c: [80, 85, 88, 91, 99] });
		const passed = (scores: number[]) => scores.some((score) => score >= 95);
		const results = await measureInRounds(['a', 'b', 'c'], 10, measure, passed);
		expect(calls).toEqual(['1:a', '1:b', '1:c', '2:b', '2:c', '3:c', '4:c', '5:c']);
		expect([...results.entries()]).toEqual([
			['a', [96]],
			['b', [90, 97]],
			['c', [80, 85, 88, 91, 99]],
		]);
	});

	it('measures every page once before asking whether it is settled', async () => {
		const { calls, measure } = scripted({ '/': [99], '/zh/': [98] });
		// A verdict that needs no performance score is met by no results at all; the pages still get their run.
		const results = await measureInRounds(['/', '/zh/'], 5, measure, (scores) => scores.every((score) => score >= 95));
		expect(calls).toEqual(['1:/', '1:/zh/']);
		expect(results.get('/zh/')).toEqual([98]);
	});

	it('stops after the last round even when a page never settles', async () => {
		const { calls, measure } = scripted({ slow: [80, 81, 82, 83] });
		const results = await measureInRounds(['slow'], 3, measure, (scores) => scores.some((score) => score >= 95));
		expect(calls).toEqual(['1:slow', '2:slow', '3:slow']);
		expect(results.get('slow')).toEqual([80, 81, 82]);
	});

	it('returns empty result lists when there are no rounds', async () => {
		const { calls, measure } = scripted({ '/': [99] });
		const results = await measureInRounds(['/'], 0, measure);
		expect(calls).toEqual([]);
		expect(results.get('/')).toEqual([]);
	});

	it('passes a failed measurement on to the caller', async () => {
		const { measure } = scripted({ '/': [] });
		await expect(measureInRounds(['/'], 2, measure)).rejects.toThrow('no figure left for /');
	});
});
