import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeKeys } from '../../../src/i18n/locales';
import { sourceSchema } from '../../../src/schemas/source';

/** Collections whose pages are MDX files in one folder per locale. */
const pageCollections = ['content/guide', 'content/tools'];

const mdxFiles = (folder: string) =>
	readdirSync(folder)
		.filter((name) => name.endsWith('.mdx'))
		.sort();

function frontmatter(file: string): string {
	const match = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'));
	if (!match?.[1]) throw new Error(`${file} has no frontmatter`);
	return match[1];
}

describe.each(pageCollections)('%s', (collection) => {
	it('has the same pages in every locale', () => {
		const [first, ...rest] = localeKeys;
		const reference = mdxFiles(join(collection, first!));
		expect(reference.length).toBeGreaterThan(0);
		for (const locale of rest) expect(mdxFiles(join(collection, locale)), locale).toEqual(reference);
	});

	it('gives Chinese pages Chinese titles, not copies of the English', () => {
		for (const file of mdxFiles(join(collection, 'zh'))) {
			const title = /^title:\s*(.+)$/m.exec(frontmatter(join(collection, 'zh', file)))?.[1] ?? '';
			expect(title, file).toMatch(/\p{Script=Han}/u);
		}
	});

	it('links each page only to pages in its own language', () => {
		for (const locale of localeKeys) {
			for (const file of mdxFiles(join(collection, locale))) {
				const body = readFileSync(join(collection, locale, file), 'utf8');
				const internal = [...body.matchAll(/\]\((\/[^)\s]*)\)|href="(\/[^"]*)"/g)].map((m) => m[1] ?? m[2] ?? '');
				for (const href of internal) {
					const isChinese = href === '/zh/' || href.startsWith('/zh/');
					expect(isChinese, `${locale}/${file} links to ${href}`).toBe(locale === 'zh');
				}
			}
		}
	});
});

describe('guide pages', () => {
	it('keep the same reading order in every locale', () => {
		const orderOf = (locale: string) =>
			mdxFiles(join('content/guide', locale)).map((file) => [
				file,
				/^order:\s*(\d+)/m.exec(frontmatter(join('content/guide', locale, file)))?.[1],
			]);
		expect(orderOf('zh')).toEqual(orderOf('en'));
	});

	it('cite only sources that exist', () => {
		const known = new Set(readdirSync('content/sources').map((name) => name.replace(/\.json$/, '')));
		for (const locale of localeKeys) {
			for (const file of mdxFiles(join('content/guide', locale))) {
				const text = readFileSync(join('content/guide', locale, file), 'utf8');
				const cited = [...text.matchAll(/<Cite id="([^"]+)"/g)].map((m) => m[1]!);
				const listed = frontmatter(join('content/guide', locale, file));
				for (const id of cited) {
					expect(known.has(id), `${locale}/${file} cites unknown ${id}`).toBe(true);
					expect(listed, `${locale}/${file} cites ${id} without listing it in sources`).toContain(id);
				}
			}
		}
	});
});

describe('sources', () => {
	it('are all valid', () => {
		for (const name of readdirSync('content/sources')) {
			const parsed = sourceSchema.safeParse(JSON.parse(readFileSync(join('content/sources', name), 'utf8')));
			expect(parsed.success, `${name}: ${parsed.error?.message}`).toBe(true);
		}
	});
});
