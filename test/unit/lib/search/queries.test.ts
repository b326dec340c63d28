import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderResults, planSearch } from '../../../../src/lib/search/queries';

describe('planSearch', () => {
	it('adds an exact-phrase search for Chinese terms', () => {
		expect(planSearch('服务费')).toEqual({ ranked: '服务费', phrase: '"服务费"' });
		expect(planSearch(' 天猫代运营 ')).toEqual({ ranked: '天猫代运营', phrase: '"天猫代运营"' });
	});

	it('sends English and already quoted queries once', () => {
		expect(planSearch('commission  base')).toEqual({ ranked: 'commission base' });
		expect(planSearch('"提点"')).toEqual({ ranked: '"提点"' });
	});

	it('asks nothing for an empty box', () => {
		expect(planSearch('   ')).toBeUndefined();
	});
});

describe('orderResults', () => {
	it('lists phrase hits first in relevance order, then the looser matches', () => {
		expect(orderResults(['contract', 'home', 'fees', 'glossary'], ['glossary', 'fees', 'home'])).toEqual([
			'home',
			'fees',
			'glossary',
			'contract',
		]);
	});

	it('keeps the relevance order when there is no phrase search', () => {
		expect(orderResults(['b', 'a'])).toEqual(['b', 'a']);
	});

	it('never drops or repeats a page', () => {
		const ids = fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g'));
		fc.assert(
			fc.property(ids, ids, (ranked, phrase) => {
				const ordered = orderResults(ranked, phrase);
				expect(new Set(ordered)).toEqual(new Set([...ranked, ...phrase]));
				expect(ordered).toHaveLength(new Set(ordered).size);
			}),
			{ numRuns: 2000 },
		);
	});
});
