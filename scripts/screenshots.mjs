// Takes full-page screenshots of built pages for a visual check:
//   node scripts/screenshots.mjs http://127.0.0.1:4321 /guide/contract/ /zh/
// Writes PNGs to test-results/screenshots/ at 390 px and 1280 px, light and dark.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './lib/chromium.mjs';

const [origin, ...paths] = process.argv.slice(2);
if (!origin || paths.length === 0) {
	console.error('usage: node scripts/screenshots.mjs ORIGIN PATH...');
	process.exit(2);
}
const outDir = 'test-results/screenshots';
mkdirSync(outDir, { recursive: true });
const widths = (process.env.WIDTHS ?? '390,1280').split(',').map(Number);
const schemes = (process.env.SCHEMES ?? 'light,dark').split(',');

for (const scheme of schemes) {
	for (const width of widths) {
		const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'shots-')), {
			executablePath: chromiumPath,
			headless: true,
			args: chromiumArgs,
			colorScheme: scheme,
			viewport: { width, height: 900 },
		});
		const page = await context.newPage();
		for (const path of paths) {
			await page.goto(new URL(path, origin).toString(), { waitUntil: 'networkidle' });
			const name = `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${width}-${scheme}.png`;
			await page.screenshot({ path: join(outDir, name), fullPage: process.env.FULL !== '0' });
			console.log(join(outDir, name));
		}
		await context.close();
	}
}
