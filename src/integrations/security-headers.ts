import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile, metaPolicy } from '../lib/security/csp';

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => join(entry.parentPath, entry.name));
}

/**
 * Writes `_headers` for static hosts after the build. The policy is read back
 * from the pages Astro wrote, because its script and style hashes change with
 * every build: a hand-written file would fall out of step at the next change.
 * Every page must carry the same policy, since `_headers` applies one to all.
 */
export function securityHeaders(): AstroIntegration {
	return {
		name: 'tmall-guide:security-headers',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const policies = new Map<string, string[]>();
				for (const file of htmlFiles(outDir)) {
					const policy = metaPolicy(readFileSync(file, 'utf8'));
					if (!policy) throw new Error(`${file} has no Content-Security-Policy <meta> tag.`);
					policies.set(policy, [...(policies.get(policy) ?? []), file]);
				}
				if (policies.size !== 1) {
					const groups = [...policies.values()].map((files) => files.slice(0, 3).join(', ')).join(' | ');
					throw new Error(`Pages carry ${policies.size} different CSPs; _headers needs one. Groups: ${groups}`);
				}
				const [policy] = policies.keys();
				writeFileSync(join(outDir, '_headers'), headersFile(policy!));
				logger.info('Wrote _headers with the Content-Security-Policy of all pages.');
			},
		},
	};
}
