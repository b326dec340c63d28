import { describe, expect, it } from 'vitest';
import { mergeRankedIds, searchQueries } from '../../../../src/lib/search/queries';

describe('searchQueries', () => {
	it('searches a Chinese term as an exact phrase first, then loosely', () => {
		expect(searchQueries('服务费')).toEqual(['"服务费"', '服务费']);
		expect(searchQueries(' 天猫代运营 ')).toEqual(['"天猫代运营"', '天猫代运营']);
	});

	it('passes English and already quoted queries through once', () => {
		expect(searchQueries('commission  base')).toEqual(['commission base']);
		expect(searchQueries('"提点"')).toEqual(['"提点"']);
	});

	it('asks nothing for an empty box', () => {
		expect(searchQueries('   ')).toEqual([]);
	});
});

describe('mergeRankedIds', () => {
	it('keeps the phrase hits first and each page once', () => {
		expect(mergeRankedIds([['b', 'a'], ['a', 'c', 'b', 'd']])).toEqual(['b', 'a', 'c', 'd']);
	});
});
