/** Chromium: Debian's chromium on playwright-core, started the way every other browser test starts it. */
import { launchContext } from '../browser';
import { protocolDriverParts, type Driver, type Key } from './driver';

export async function launchChromium(viewport = { width: 1280, height: 900 }): Promise<Driver> {
	const context = await launchContext({ viewport });
	const page = context.pages()[0] ?? (await context.newPage());
	return {
		engine: 'chromium',
		...protocolDriverParts(page, (listener) => void page.on('pageerror', listener)),
		async click(selector) {
			await page.locator(selector).first().click();
		},
		async type(selector, text) {
			const field = page.locator(selector).first();
			await field.fill('');
			await field.pressSequentially(text);
		},
		async select(selector, value) {
			await page.locator(selector).first().selectOption(value);
		},
		async press(key: Key, options = {}) {
			await page.keyboard.press(options.control ? `Control+${key}` : key);
		},
		async close() {
			await context.close();
		},
	};
}
