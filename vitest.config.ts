/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * Two projects: `unit` runs pure logic and content checks without a browser;
 * `browser` drives Debian's chromium against the built site in `dist/`.
 */
export default getViteConfig({
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['test/unit/**/*.test.ts'],
					environment: 'node',
					// Property tests end within a time limit, pass or fail (see the file).
					setupFiles: ['test/unit/setup/fast-check.ts'],
					// Longer than that limit, so a busy machine makes fewer runs instead of a timeout.
					testTimeout: 30_000,
				},
			},
			{
				extends: true,
				test: {
					name: 'browser',
					include: ['test/browser/**/*.test.ts'],
					environment: 'node',
					globalSetup: ['test/browser/support/global-setup.ts'],
					testTimeout: 60_000,
					hookTimeout: 60_000,
					// vitest 5 gives up on an expect.poll() callback still running at the deadline
					// (vitest 4 awaited it and tried once more); one Playwright call on a busy two-core
					// machine can take over a second, so browser polls wait up to 10 s for their condition.
					expect: { poll: { timeout: 10_000 } },
					// One chromium at a time: CI machines have two cores.
					fileParallelism: false,
				},
			},
		],
	},
});
