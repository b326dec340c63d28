import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderResults, planSearch, tidyExcerpt } from '../../../../src/lib/search/queries';

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
		expect(orderResults(['contract', 'home', 'fees', 'glossary'], ['glossary', 'fees', 'home'])).toEqual(['home', 'fees', 'glossary', 'contract']);
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

describe('tidyExcerpt', () => {
	it('drops the punctuation an excerpt cut mid-sentence starts with', () => {
		expect(tidyExcerpt('，而是按实付金额计算。')).toBe('而是按实付金额计算。');
		expect(tidyExcerpt('）。 <mark>提点</mark>按实付金额算')).toBe('<mark>提点</mark>按实付金额算');
		expect(tidyExcerpt(', and the <mark>commission</mark> base')).toBe('and the <mark>commission</mark> base');
		expect(tidyExcerpt(') — see the table.')).toBe('see the table.');
		expect(tidyExcerpt('. Deposit')).toBe('Deposit');
		expect(tidyExcerpt('、保证金')).toBe('保证金');
	});

	it('keeps opening quotes, brackets and a leading mark', () => {
		expect(tidyExcerpt('“无效果不收费”的方案')).toBe('“无效果不收费”的方案');
		expect(tidyExcerpt('(提点) is the rate')).toBe('(提点) is the rate');
		expect(tidyExcerpt('<mark>保证金</mark>，按类目')).toBe('<mark>保证金</mark>，按类目');
		expect(tidyExcerpt('Most Tmall agencies charge')).toBe('Most Tmall agencies charge');
	});

	it('returns an empty string for an excerpt that is only punctuation', () => {
		expect(tidyExcerpt(' 。，')).toBe('');
		expect(tidyExcerpt('')).toBe('');
	});

	it('never starts with closing punctuation and only removes from the start', () => {
		fc.assert(
			fc.property(fc.string({ unit: fc.constantFrom('，', '。', ')', ' ', 'a', '字', '<', '“', '.') }), (text) => {
				const tidy = tidyExcerpt(text);
				expect(text.endsWith(tidy)).toBe(true);
				expect(tidy).not.toMatch(/^[，。). ]/u);
			}),
			{ numRuns: 500 },
		);
	});
});
