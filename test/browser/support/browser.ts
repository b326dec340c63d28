import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../../scripts/lib/chromium.mjs';

export { chromiumArgs, chromiumPath };

export interface LaunchOptions {
	colorScheme?: 'light' | 'dark';
	viewport?: { width: number; height: number };
	javaScriptEnabled?: boolean;
}

/** A fresh browser profile, so storage never leaks between test files. */
export async function launchContext(options: LaunchOptions = {}): Promise<BrowserContext> {
	const profile = mkdtempSync(join(tmpdir(), 'tmall-guide-chromium-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: chromiumPath,
		headless: true,
		args: chromiumArgs,
		colorScheme: options.colorScheme ?? 'light',
		viewport: options.viewport ?? { width: 1280, height: 900 },
		javaScriptEnabled: options.javaScriptEnabled ?? true,
		permissions: ['clipboard-read', 'clipboard-write'],
	});
	context.on('close', () => {
		try {
			rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
		} catch {
			// Chromium may still be flushing its profile; a leftover temp folder is harmless.
		}
	});
	return context;
}

/** The origin of the static server that the global setup started. */
export function siteUrl(path = '/'): string {
	return new URL(path, inject('siteOrigin')).toString();
}

/**
 * Registers one browser context for a test file and returns a getter.
 * Pages are opened per test with `openPage(path)`.
 */
export function useBrowser(options: LaunchOptions = {}) {
	let context: BrowserContext | undefined;
	beforeAll(async () => {
		context = await launchContext(options);
	});
	afterAll(async () => {
		await context?.close();
	});
	return {
		get context(): BrowserContext {
			if (!context) throw new Error('Browser context not ready: call inside a test.');
			return context;
		},
		async openPage(path: string): Promise<Page> {
			if (!context) throw new Error('Browser context not ready: call inside a test.');
			const page = await context.newPage();
			const errors: string[] = [];
			page.on('pageerror', (error) => errors.push(error.message));
			// Not `pageErrors`: Playwright 1.65 has a Page method of that name.
			(page as Page & { uncaughtErrors: string[] }).uncaughtErrors = errors;
			await page.goto(siteUrl(path), { waitUntil: 'load' });
			return page;
		},
	};
}

/** Uncaught exceptions a page threw since it was opened with `openPage`. */
export function pageErrors(page: Page): string[] {
	return (page as Page & { uncaughtErrors?: string[] }).uncaughtErrors ?? [];
}
