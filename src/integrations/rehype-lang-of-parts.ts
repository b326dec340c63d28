import type { HastNode } from './hast';

/**
 * Marks runs of Chinese inside English pages with `lang="zh-CN"`, so screen
 * readers switch voice for terms such as 代运营 (WCAG 3.1.2, language of
 * parts) without writers wrapping every term by hand.
 */
interface VFileLike {
	path?: string;
	history?: string[];
}

/** Han characters with the CJK punctuation that sits between them. */
const chineseRun = /[\p{Script=Han}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20]*\p{Script=Han}[\p{Script=Han}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20]*/gu;

const hasHan = /\p{Script=Han}/u;

/** English content lives under `content/<collection>/en/`. */
function isEnglishFile(file: VFileLike): boolean {
	const path = file.path ?? file.history?.at(-1) ?? '';
	return /[\\/]content[\\/][^\\/]+[\\/]en[\\/]/.test(path);
}

function splitText(value: string): HastNode[] {
	const nodes: HastNode[] = [];
	let last = 0;
	for (const match of value.matchAll(chineseRun)) {
		const start = match.index ?? 0;
		if (start > last) nodes.push({ type: 'text', value: value.slice(last, start) });
		nodes.push({
			type: 'element',
			tagName: 'span',
			properties: { lang: 'zh-CN' },
			children: [{ type: 'text', value: match[0] }],
		});
		last = start + match[0].length;
	}
	if (last < value.length) nodes.push({ type: 'text', value: value.slice(last) });
	return nodes;
}

export function rehypeLangOfParts() {
	return (tree: HastNode, file: VFileLike) => {
		if (!isEnglishFile(file)) return;
		const walk = (node: HastNode) => {
			if (!node.children || node.properties?.lang) return;
			node.children = node.children.flatMap((child) => {
				if (child.type === 'text' && child.value && hasHan.test(child.value)) return splitText(child.value);
				walk(child);
				return [child];
			});
		};
		walk(tree);
	};
}
