/** Chromium: Debian's chromium on playwright-core, started the way every other browser test starts it. */
import { launchContext } from '../browser';
import { asExpression, errorCollector, readCollectedErrors, type Driver, type Key } from './driver';

export async function launchChromium(viewport = { width: 1280, height: 900 }): Promise<Driver> {
	const context = await launchContext({ viewport });
	const page = context.pages()[0] ?? (await context.newPage());
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));

	const evaluate = <T>(body: string, ...args: unknown[]) => page.evaluate(asExpression(body, args)) as Promise<T>;
	return {
		engine: 'chromium',
		async goto(url) {
			await page.goto(url, { waitUntil: 'load' });
			await evaluate(errorCollector);
		},
		async reload() {
			await page.reload({ waitUntil: 'load' });
			await evaluate(errorCollector);
		},
		evaluate,
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
		async pageErrors() {
			return [...errors, ...(await evaluate<string[]>(readCollectedErrors))];
		},
		async close() {
			await context.close();
		},
	};
}
