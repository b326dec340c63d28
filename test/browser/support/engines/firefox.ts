/**
 * Firefox: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi.
 * Puppeteer gives it a fresh temporary profile and removes it on close.
 */
import puppeteer, { type Page } from 'puppeteer-core';
import { asExpression, protocolDriverParts, type Driver, type Key } from './driver';

export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export async function launchFirefox(viewport = { width: 1280, height: 900 }): Promise<Driver> {
	const browser = await puppeteer.launch({
		browser: 'firefox',
		executablePath: firefoxPath,
		headless: true,
		defaultViewport: viewport,
		// Keep Firefox from calling outside hosts (updates, telemetry, captive portal checks).
		extraPrefsFirefox: {
			'app.update.enabled': false,
			'network.captive-portal-service.enabled': false,
			'network.connectivity-service.enabled': false,
			'datareporting.policy.dataSubmissionEnabled': false,
			'browser.safebrowsing.update.enabled': false,
		},
	});
	const page = await browser.newPage();
	return {
		engine: 'firefox',
		...protocolDriverParts(page, (listener) => void page.on('pageerror', listener)),
		async click(selector) {
			await page.click(selector);
		},
		async type(selector, text) {
			await selectField(page, selector);
			await page.keyboard.type(text);
		},
		async select(selector, value) {
			await page.select(selector, value);
		},
		async press(key: Key, options = {}) {
			if (options.control) await page.keyboard.down('Control');
			await page.keyboard.press(key);
			if (options.control) await page.keyboard.up('Control');
		},
		async close() {
			await browser.close();
		},
	};
}

/** Focuses a field and selects its text, so typing replaces it. */
async function selectField(page: Page, selector: string): Promise<void> {
	await page.evaluate(asExpression('const field = document.querySelector(arguments[0]); field.focus(); field.select();', [selector]));
}
