import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deniedUrlReason } from '../../../src/lib/sources/policy';
import { sourceSchema } from '../../../src/schemas/source';

/** Every file under `dir` (recursive) whose name ends with one of `extensions`. */
function filesUnder(dir: string, extensions: readonly string[]): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((name) => extensions.some((extension) => name.endsWith(extension)))
		.map((name) => `${dir}/${name}`);
}

const sourceIds = readdirSync('content/sources')
	.filter((name) => name.endsWith('.json'))
	.map((name) => name.slice(0, -'.json'.length));

const rawSources = Object.fromEntries(
	sourceIds.map((id) => [id, JSON.parse(readFileSync(`content/sources/${id}.json`, 'utf8')) as unknown]),
);

/** Pages and data files that cite sources or link out. */
const citingFiles = [
	...filesUnder('content/guide', ['.mdx']),
	...filesUnder('content/tools', ['.mdx']),
	...filesUnder('content/glossary', ['.json']),
	...filesUnder('content/faq', ['.json']),
	...filesUnder('content/scorecard', ['.json']),
	...filesUnder('content/checklist', ['.json']),
];

/** The source ids a file cites: `<Cite id>`, front-matter `sources:` lists, and `"sources": [...]` arrays. */
function citedIds(path: string): string[] {
	const text = readFileSync(path, 'utf8');
	const ids = [...text.matchAll(/<Cite\s+id="([^"]+)"/g)].map((match) => match[1]!);
	const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1];
	const list = frontmatter ? /^sources:\n((?:\s+- .+\n?)+)/m.exec(frontmatter)?.[1] : undefined;
	if (list) ids.push(...[...list.matchAll(/- ([a-z0-9-]+)/g)].map((match) => match[1]!));
	for (const array of text.matchAll(/"sources":\s*\[([^\]]*)\]/g)) {
		ids.push(...[...array[1]!.matchAll(/"([^"]+)"/g)].map((match) => match[1]!));
	}
	return ids;
}

describe('the bibliography (content/sources)', () => {
	it('has sources to check', () => {
		expect(sourceIds.length).toBeGreaterThan(30);
	});

	it.each(sourceIds)('%s passes the schema and the source policy', (id) => {
		const parsed = sourceSchema.safeParse(rawSources[id]);
		const problems = parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
		expect(problems).toEqual([]);
	});

	it('keeps "undated" sources from growing: date a source wherever its page gives a date', () => {
		// 47 of 57 were undated before the December 2026 clean-up; 35 of 47 after it.
		// Lower this number as sources are dated; never raise it.
		const undated = sourceIds.filter((id) => (rawSources[id] as { published: string }).published === 'undated');
		expect(undated.length).toBeLessThanOrEqual(35);
	});

	it('is cited somewhere: no source file is left unused', () => {
		const cited = new Set(citingFiles.flatMap(citedIds));
		expect(sourceIds.filter((id) => !cited.has(id))).toEqual([]);
	});
});

describe('citations on pages', () => {
	it.each(citingFiles)('%s cites only sources that exist', (path) => {
		expect(citedIds(path).filter((id) => !sourceIds.includes(id))).toEqual([]);
	});

	it.each(citingFiles)('%s links no denied address', (path) => {
		const urls = readFileSync(path, 'utf8').match(/https?:\/\/[^\s)"'<>\]]+/g) ?? [];
		expect(urls.filter((url) => deniedUrlReason(url) !== undefined)).toEqual([]);
	});

	it('each guide page lists, in its front matter, every source it cites inline', () => {
		for (const path of filesUnder('content/guide', ['.mdx'])) {
			const text = readFileSync(path, 'utf8');
			const listed = new Set(citedIds(path.replace(/$/, '')).filter((id) => new RegExp(`^\\s+- ${id}$`, 'm').test(text)));
			const inline = [...text.matchAll(/<Cite\s+id="([^"]+)"/g)].map((match) => match[1]!);
			expect(inline.filter((id) => !listed.has(id)), path).toEqual([]);
		}
	});
});
