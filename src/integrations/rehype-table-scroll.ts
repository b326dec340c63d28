import type { HastNode } from './hast';

/**
 * Wraps every Markdown table in a focusable, labelled scroll region so that a
 * wide table scrolls on a phone instead of widening the page, and keyboard
 * users can scroll it too (WCAG 2.1.1).
 */
function textOf(node: HastNode): string {
	if (node.type === 'text') return node.value ?? '';
	return (node.children ?? []).map(textOf).join('');
}

function headerLabel(table: HastNode): string {
	const cells: string[] = [];
	const collect = (node: HastNode) => {
		if (node.tagName === 'th') cells.push(textOf(node).trim());
		else node.children?.forEach(collect);
	};
	collect(table);
	return cells.filter(Boolean).join(' / ') || 'Table';
}

export function rehypeTableScroll() {
	return (tree: HastNode) => {
		const walk = (node: HastNode) => {
			if (!node.children) return;
			node.children = node.children.map((child) => {
				if (child.type === 'element' && child.tagName === 'table') {
					return {
						type: 'element',
						tagName: 'section',
						properties: { className: ['table-scroll'], tabIndex: 0, ariaLabel: headerLabel(child) },
						children: [child],
					};
				}
				walk(child);
				return child;
			});
		};
		walk(tree);
	};
}
