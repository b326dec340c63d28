import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * CommonMark closes `**` only when the marker is "right-flanking": a closing
 * `**` that follows full-width punctuation (。？) and is followed straight away
 * by a Chinese character is not, so the reader sees the asterisks. Writing the
 * punctuation after the marker (`**不一致**。一篇`) renders as bold.
 */
const unclosedBold = /\*\*(?!\s)[^*\n]+?[。：！？，；、）」”』]\*\*(?=[^\s*\p{P}])/u;

const folders = ['content/guide/zh', 'content/tools/zh'];

describe('Chinese pages', () => {
	it('finds the broken form and accepts the fixed one', () => {
		expect(unclosedBold.test('**各方说法不一致。**一篇博客')).toBe(true);
		expect(unclosedBold.test('**各方说法不一致**。一篇博客')).toBe(false);
		expect(unclosedBold.test('- **券前还是券后？** 是否扣除')).toBe(false);
		expect(unclosedBold.test('**复制链接** 会写进链接。**导出文件** 存到电脑')).toBe(false);
	});

	it.each(folders)('%s: no bold phrase ends in punctuation right before a Chinese character', (folder) => {
		for (const name of readdirSync(folder).filter((file) => file.endsWith('.mdx'))) {
			const lines = readFileSync(join(folder, name), 'utf8').split('\n');
			const broken = lines.filter((line) => unclosedBold.test(line));
			expect(broken, `${folder}/${name}`).toEqual([]);
		}
	});
});
