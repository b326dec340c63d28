import { describe, expect, it } from 'vitest';
import { buildToc } from '../../../../src/lib/site/toc';

describe('buildToc', () => {
	it('nests level-3 headings under the level-2 heading before them', () => {
		const toc = buildToc([
			{ depth: 2, slug: 'a', text: 'A' },
			{ depth: 3, slug: 'a1', text: 'A1' },
			{ depth: 3, slug: 'a2', text: 'A2' },
			{ depth: 2, slug: 'b', text: 'B' },
			{ depth: 4, slug: 'deep', text: 'Too deep' },
		]);
		expect(toc).toEqual([
			{
				slug: 'a',
				text: 'A',
				children: [
					{ slug: 'a1', text: 'A1', children: [] },
					{ slug: 'a2', text: 'A2', children: [] },
				],
			},
			{ slug: 'b', text: 'B', children: [] },
		]);
	});

	it('keeps a level-3 heading that comes before any level-2 heading', () => {
		expect(buildToc([{ depth: 3, slug: 'x', text: 'X' }])).toEqual([{ slug: 'x', text: 'X', children: [] }]);
	});

	it('ignores the page title', () => {
		expect(buildToc([{ depth: 1, slug: 't', text: 'Title' }])).toEqual([]);
	});
});
