// @ts-check
/**
 * How every script and test here starts Debian's chromium. The flags keep it
 * from calling outside hosts (this machine refuses them) and let it run as
 * root in a container.
 */

/** Debian's chromium; `CHROMIUM_PATH` (or Lighthouse's `CHROME_PATH`) points elsewhere. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-dev-shm-usage',
];
