/**
 * The small interface the cross-engine smoke suite drives every browser through.
 * Chromium runs on playwright-core, Firefox on puppeteer-core over WebDriver BiDi,
 * WebKit (WebKitGTK's MiniBrowser) on plain W3C WebDriver. Scripts are passed as
 * function bodies in strings (`return document.title`), so no engine has to
 * serialise a compiled test function.
 */
export type EngineName = 'chromium' | 'firefox' | 'webkit';

/** Keys the suite presses; each driver maps them to its own key names. */
export type Key = 'Enter' | 'Escape' | 'Tab' | 'k';

export interface Driver {
	readonly engine: EngineName;
	/** Opens a URL and resolves once its load event has fired. */
	goto(url: string): Promise<void>;
	reload(): Promise<void>;
	/** Runs a function body in the page with `args` as `arguments`, returning its (JSON) result. */
	evaluate<T>(body: string, ...args: unknown[]): Promise<T>;
	/** Clicks the first element matching `selector` as a user would. */
	click(selector: string): Promise<void>;
	/** Empties the field matching `selector`, then types `text` into it key by key. */
	type(selector: string, text: string): Promise<void>;
	/** Chooses the option with `value` in the select matching `selector`, as a user would. */
	select(selector: string, value: string): Promise<void>;
	/** Presses a key on whatever has focus, optionally with Control held. */
	press(key: Key, options?: { control?: boolean }): Promise<void>;
	/** Uncaught errors and unhandled rejections the page reported since it was opened. */
	pageErrors(): Promise<string[]>;
	close(): Promise<void>;
}

/**
 * Installed in every page after it loads: WebDriver classic has no page-error
 * events, so the page keeps its own list. Chromium and Firefox add the errors
 * their protocols report, which also cover errors thrown while the page loaded.
 */
export const errorCollector = `
	if (!window.__smokeErrors) {
		window.__smokeErrors = [];
		window.addEventListener('error', (event) => window.__smokeErrors.push(String(event.message || event.error)));
		window.addEventListener('unhandledrejection', (event) => window.__smokeErrors.push('Unhandled rejection: ' + String(event.reason)));
	}
`;

export const readCollectedErrors = 'return window.__smokeErrors ? window.__smokeErrors.slice() : [];';

/** The part of a playwright-core or puppeteer-core page that a driver builds on (both spell it alike). */
export interface ProtocolPage {
	goto(url: string, options: { waitUntil: 'load' }): Promise<unknown>;
	reload(options: { waitUntil: 'load' }): Promise<unknown>;
	evaluate(expression: string): Promise<unknown>;
}

/**
 * The parts of a driver that Chromium and Firefox share: navigation that installs the
 * error collector, evaluation, and page errors from both the protocol and the page's own list.
 */
export function protocolDriverParts(
	page: ProtocolPage,
	/** Subscribes to the uncaught errors the protocol reports. */
	onPageError: (listener: (error: unknown) => void) => void,
): Pick<Driver, 'goto' | 'reload' | 'evaluate' | 'pageErrors'> {
	const errors: string[] = [];
	onPageError((error) => errors.push(error instanceof Error ? error.message : String(error)));
	const evaluate = <T>(body: string, ...args: unknown[]) => page.evaluate(asExpression(body, args)) as Promise<T>;
	return {
		async goto(url) {
			await page.goto(url, { waitUntil: 'load' });
			await evaluate(errorCollector);
		},
		async reload() {
			await page.reload({ waitUntil: 'load' });
			await evaluate(errorCollector);
		},
		evaluate,
		async pageErrors() {
			return [...errors, ...(await evaluate<string[]>(readCollectedErrors))];
		},
	};
}

/** Wraps a function body so it can be evaluated as one expression with its arguments. */
export function asExpression(body: string, args: unknown[]): string {
	return `(function () { ${body} }).apply(null, ${JSON.stringify(args)})`;
}

export interface WaitOptions {
	timeout?: number;
	interval?: number;
}

/**
 * Evaluates `body` until it returns a truthy value and resolves with it; fails
 * after `timeout` ms with `description` and the last value seen.
 */
export async function waitFor<T>(driver: Driver, description: string, body: string, args: unknown[] = [], options: WaitOptions = {}): Promise<T> {
	const timeout = options.timeout ?? 10_000;
	const interval = options.interval ?? 50;
	const deadline = Date.now() + timeout;
	let last: unknown;
	let lastError: unknown;
	for (;;) {
		try {
			last = await driver.evaluate<T>(body, ...args);
			lastError = undefined;
			if (last) return last as T;
		} catch (error) {
			// The page may be between documents (a navigation in flight); try again.
			lastError = error;
		}
		if (Date.now() > deadline) {
			const seen = lastError ? `error ${String(lastError)}` : JSON.stringify(last);
			throw new Error(`${driver.engine}: timed out after ${timeout} ms waiting for ${description} (last: ${seen})`);
		}
		await new Promise((resolve) => setTimeout(resolve, interval));
	}
}
