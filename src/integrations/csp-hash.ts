/**
 * Hashes for the Content-Security-Policy, with Node's crypto: build-time and test-time only.
 * Kept out of src/lib/security/csp.ts so that file stays pure (the lint rule on src/lib).
 */
import { createHash } from 'node:crypto';

/** A CSP hash source (without quotes) for an inline script or style. */
export function sha256Source(text: string): `sha256-${string}` {
	return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
