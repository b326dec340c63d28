import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pageFacts, type PageFacts } from '../../support/quality/page-facts';
import { pathForFile } from '../../support/quality/links';

/** A miniature built site with known good and known broken links, scripts and islands. */
export const fixtureRoot = 'test/fixtures/quality/site';
export const fixtureOrigin = 'https://guide.example';

export function fixtureFiles(): string[] {
	return readdirSync(fixtureRoot, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(fixtureRoot, join(entry.parentPath, entry.name)).split('\\').join('/'));
}

export function readFixture(urlPath: string): string | undefined {
	const file = join(fixtureRoot, urlPath.replace(/^\/+/, ''));
	return statSync(file, { throwIfNoEntry: false })?.isFile() ? readFileSync(file, 'utf8') : undefined;
}

export function fixturePages(): Map<string, { html: string; facts: PageFacts }> {
	const pages = new Map<string, { html: string; facts: PageFacts }>();
	for (const file of fixtureFiles().filter((name) => name.endsWith('.html'))) {
		const html = readFileSync(join(fixtureRoot, file), 'utf8');
		pages.set(pathForFile(file), { html, facts: pageFacts(html) });
	}
	return pages;
}
