import { describe, expect, it } from 'vitest';
import { IssueList, limitOf, readQuery, type QueryIssue } from '../../../../src/lib/url/read-query';

describe('readQuery', () => {
	it('reads a query with or without the question mark', () => {
		const issues = new IssueList<QueryIssue>();
		const withMark = readQuery('?gmv=100&q=a~1', issues);
		const without = readQuery('gmv=100&q=a~1', issues);
		expect(withMark.text).toBe('gmv=100&q=a~1');
		expect(without.text).toBe('gmv=100&q=a~1');
		expect(withMark.first('gmv')).toBe('100');
		expect(without.params.getAll('q')).toEqual(['a~1']);
		expect(issues.finish()).toEqual([]);
	});

	it('keeps the first of a repeated parameter and says so', () => {
		const issues = new IssueList<QueryIssue>();
		const query = readQuery('months=12&months=24', issues);
		expect(query.first('months')).toBe('12');
		expect(query.first('gmv')).toBeUndefined();
		expect(issues.finish()).toEqual([{ code: 'duplicate', field: 'months', outcome: 'first-kept' }]);
	});

	it('cuts a query longer than 20,000 characters and reports the limit', () => {
		const issues = new IssueList<QueryIssue>();
		const query = readQuery(`a=${'x'.repeat(25_000)}`, issues);
		expect(query.text.length).toBe(20_000);
		expect(query.params.get('a')?.length).toBe(19_998);
		expect(issues.finish()).toEqual([{ code: 'too-long', field: 'query', outcome: 'ignored', limit: 20_000 }]);
	});

	it('reads anything that is not a string as an empty query', () => {
		const issues = new IssueList<QueryIssue>();
		const query = readQuery(42, issues);
		expect(query.text).toBe('');
		expect([...query.params.keys()]).toEqual([]);
	});
});

describe('IssueList', () => {
	it('shortens values to 40 characters, counting emoji as one', () => {
		const issues = new IssueList<QueryIssue>();
		issues.add({ code: 'bad', field: 'q', outcome: 'ignored', value: `${'😀'.repeat(41)}` });
		issues.add({ code: 'bad', field: 'q', outcome: 'ignored', value: 'x'.repeat(40) });
		const [long, exact] = issues.finish();
		expect(long?.value).toBe(`${'😀'.repeat(40)}…`);
		expect(exact?.value).toBe('x'.repeat(40));
	});

	it('keeps twelve issues and counts the rest in one last issue', () => {
		const issues = new IssueList<QueryIssue>();
		for (let index = 1; index <= 15; index += 1) issues.add({ code: 'bad', field: 'q', outcome: 'ignored', value: String(index) });
		const list = issues.finish();
		expect(list).toHaveLength(13);
		expect(list[11]).toEqual({ code: 'bad', field: 'q', outcome: 'ignored', value: '12' });
		expect(list[12]).toEqual({ code: 'more-issues', field: 'query', outcome: 'ignored', value: '3' });
	});
});

describe('limitOf', () => {
	it('spreads a limit only when there is one', () => {
		expect(limitOf({ limit: 0 })).toEqual({ limit: 0 });
		expect(limitOf({})).toEqual({});
	});
});
