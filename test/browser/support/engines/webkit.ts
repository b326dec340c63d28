/**
 * WebKit: WebKitGTK's MiniBrowser driven by WebKitWebDriver (Debian package
 * webkit2gtk-driver) on its own Xvfb display (package xvfb). Xvfb picks a free
 * display itself (-displayfd) and the driver a free port, so parallel runs never
 * clash; `close` ends both, and so does the test process exiting.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { command, WebDriverSession } from './webdriver';
import type { Driver } from './driver';

export const webkitDriverPath = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
export const miniBrowserPath = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const xvfbPath = process.env.XVFB_PATH ?? '/usr/bin/Xvfb';

const children = new Set<ChildProcess>();
process.once('exit', () => {
	for (const child of children) child.kill('SIGKILL');
});

function track(child: ChildProcess): ChildProcess {
	children.add(child);
	child.once('exit', () => children.delete(child));
	return child;
}

async function stop(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null) return;
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	child.kill('SIGTERM');
	const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
	await exited;
	clearTimeout(timer);
}

/** Starts Xvfb on the first free display and resolves with that display's number. */
function startXvfb(): Promise<{ xvfb: ChildProcess; display: string }> {
	return new Promise((resolve, reject) => {
		const xvfb = track(
			spawn(xvfbPath, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] }),
		);
		let stderr = '';
		xvfb.stderr!.on('data', (chunk) => (stderr += chunk));
		let number = '';
		const fd = xvfb.stdio[3] as NodeJS.ReadableStream;
		fd.on('data', (chunk) => {
			number += chunk.toString();
			if (number.includes('\n')) resolve({ xvfb, display: `:${number.trim()}` });
		});
		xvfb.once('error', reject);
		xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it chose a display: ${stderr.trim()}`)));
	});
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});
}

/** Starts WebKitWebDriver on a free port and waits until it answers /status. */
async function startDriver(display: string): Promise<{ driver: ChildProcess; base: string }> {
	for (let attempt = 1; ; attempt++) {
		const port = await freePort();
		const driver = track(spawn(webkitDriverPath, [`--port=${port}`, '--host=127.0.0.1'], { env: { ...process.env, DISPLAY: display }, stdio: 'ignore' }));
		const base = `http://127.0.0.1:${port}`;
		const deadline = Date.now() + 10_000;
		while (driver.exitCode === null && Date.now() < deadline) {
			try {
				const status = await command<{ ready: boolean }>(base, 'GET', '/status');
				if (status.ready) return { driver, base };
			} catch {
				// Not listening yet.
			}
			await new Promise((resolve) => setTimeout(resolve, 50));
		}
		await stop(driver);
		// Another process may have taken the port between our check and the driver's bind.
		if (attempt === 3) throw new Error(`WebKitWebDriver did not start on ${base}`);
	}
}

export async function launchWebkit(): Promise<Driver> {
	const { xvfb, display } = await startXvfb();
	let driver: ChildProcess | undefined;
	try {
		const started = await startDriver(display);
		driver = started.driver;
		const session = await WebDriverSession.open('webkit', started.base, {
			'webkitgtk:browserOptions': { binary: miniBrowserPath, args: ['--automation'] },
			pageLoadStrategy: 'normal',
		});
		await session.setWindowSize(1280, 900);
		return wrap(session, async () => {
			await stop(driver!);
			await stop(xvfb);
		});
	} catch (error) {
		if (driver) await stop(driver);
		await stop(xvfb);
		throw error;
	}
}

/** The session, with `close` also ending the driver and the display. */
function wrap(session: WebDriverSession, after: () => Promise<void>): Driver {
	const close = session.close.bind(session);
	return Object.assign(session, {
		close: async () => {
			try {
				await close();
			} finally {
				await after();
			}
		},
	});
}
