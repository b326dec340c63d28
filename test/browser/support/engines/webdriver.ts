/**
 * A minimal W3C WebDriver (classic) client over fetch: just the endpoints the
 * smoke suite needs. https://www.w3.org/TR/webdriver2/
 */
import { asExpression, errorCollector, readCollectedErrors, type Driver, type EngineName, type Key } from './driver';

/** The element reference key the W3C protocol uses in JSON. */
const elementKey = 'element-6066-11e4-a52e-4f735466cecf';

const keyCodes: Record<Key, string> = {
	Enter: '\uE007',
	Escape: '\uE00C',
	Tab: '\uE004',
	k: 'k',
};
const controlKey = '\uE009';

export class WebDriverError extends Error {}

export class WebDriverSession implements Driver {
	private constructor(
		readonly engine: EngineName,
		private readonly base: string,
		private readonly sessionId: string,
	) {}

	/** Opens a session on a running WebDriver server at `base` (http://127.0.0.1:port). */
	static async open(engine: EngineName, base: string, capabilities: Record<string, unknown>): Promise<WebDriverSession> {
		const value = await command<{ sessionId: string }>(base, 'POST', '/session', { capabilities: { alwaysMatch: capabilities } });
		return new WebDriverSession(engine, base, value.sessionId);
	}

	private send<T>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<T> {
		return command<T>(this.base, method, `/session/${this.sessionId}${path}`, body);
	}

	async setWindowSize(width: number, height: number): Promise<void> {
		await this.send('POST', '/window/rect', { width, height });
	}

	async goto(url: string): Promise<void> {
		// Navigation returns once the load event has fired (page load strategy "normal").
		await this.send('POST', '/url', { url });
		await this.evaluate(errorCollector);
	}

	async reload(): Promise<void> {
		await this.send('POST', '/refresh', {});
		await this.evaluate(errorCollector);
	}

	evaluate<T>(body: string, ...args: unknown[]): Promise<T> {
		return this.send<T>('POST', '/execute/sync', { script: `return ${asExpression(body, args)};`, args: [] });
	}

	private async find(selector: string): Promise<string> {
		const value = await this.send<Record<string, string>>('POST', '/element', { using: 'css selector', value: selector });
		return value[elementKey]!;
	}

	async click(selector: string): Promise<void> {
		await this.send('POST', `/element/${await this.find(selector)}/click`, {});
	}

	async type(selector: string, text: string): Promise<void> {
		const element = await this.find(selector);
		await this.send('POST', `/element/${element}/clear`, {});
		// WebKitGTK's driver empties the box without the input event a person's deleting fires, so a page
		// that keeps the box's text in its state (the Preact islands) still holds the old text, and its next
		// render, whatever brings it, puts that text back in front of what is typed ("200,000300000").
		await this.evaluate(`document.querySelector(arguments[0]).dispatchEvent(new Event('input', { bubbles: true }))`, selector);
		await this.send('POST', `/element/${element}/value`, { text });
	}

	async select(selector: string, value: string): Promise<void> {
		// Clicking an option selects it and fires input and change, as the protocol defines.
		await this.click(`${selector} option[value="${value}"]`);
	}

	async press(key: Key, options: { control?: boolean } = {}): Promise<void> {
		const code = keyCodes[key];
		const down = [...(options.control ? [controlKey] : []), code];
		const actions = [...down.map((value) => ({ type: 'keyDown', value })), ...down.reverse().map((value) => ({ type: 'keyUp', value }))];
		await this.send('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
		await this.send('DELETE', '/actions');
	}

	async pageErrors(): Promise<string[]> {
		return this.evaluate<string[]>(readCollectedErrors);
	}

	async close(): Promise<void> {
		await this.send('DELETE', '');
	}
}

/** Sends one WebDriver command and returns its `value`, or throws the protocol's error. */
export async function command<T>(base: string, method: string, path: string, body?: unknown): Promise<T> {
	const response = await fetch(`${base}${path}`, {
		method,
		headers: body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' },
		body: body === undefined ? undefined : JSON.stringify(body),
		signal: AbortSignal.timeout(60_000),
	});
	const payload = (await response.json()) as { value: T & { error?: string; message?: string } };
	if (!response.ok) {
		throw new WebDriverError(`${method} ${path}: ${payload.value?.error ?? response.status} ${payload.value?.message ?? ''}`.trim());
	}
	return payload.value;
}
