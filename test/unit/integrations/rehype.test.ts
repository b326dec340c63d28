import { describe, expect, it } from 'vitest';
import { rehypeLangOfParts } from '../../../src/integrations/rehype-lang-of-parts';
import { rehypeTableScroll } from '../../../src/integrations/rehype-table-scroll';
import type { HastNode } from '../../../src/integrations/hast';

const text = (value: string): HastNode => ({ type: 'text', value });
const element = (tagName: string, children: HastNode[], properties = {}): HastNode => ({
	type: 'element',
	tagName,
	properties,
	children,
});

describe('rehypeLangOfParts', () => {
	it('marks Chinese terms in English pages with lang="zh-CN"', () => {
		const tree = element('root', [element('p', [text('Agencies call it 代运营 or 天猫代运营。 Then more.')])]);
		rehypeLangOfParts()(tree, { path: '/site/content/guide/en/agent-operation.mdx' });
		expect(tree.children?.[0]?.children).toEqual([
			text('Agencies call it '),
			element('span', [text('代运营')], { lang: 'zh-CN' }),
			text(' or '),
			element('span', [text('天猫代运营。')], { lang: 'zh-CN' }),
			text(' Then more.'),
		]);
	});

	it('leaves Chinese pages alone', () => {
		const tree = element('root', [element('p', [text('代运营')])]);
		rehypeLangOfParts()(tree, { path: '/site/content/guide/zh/agent-operation.mdx' });
		expect(tree.children?.[0]).toEqual(element('p', [text('代运营')]));
	});
});

describe('rehypeTableScroll', () => {
	it('wraps a table in a focusable, named section so it can scroll on its own', () => {
		const table = element('table', [element('thead', [element('tr', [element('th', [text('Mode')]), element('th', [text('Risk')])])])]);
		const tree = element('root', [table]);
		rehypeTableScroll()(tree);
		expect(tree.children?.[0]).toEqual(element('section', [table], { className: ['table-scroll'], tabIndex: 0, ariaLabel: 'Mode / Risk' }));
	});
});
