// @ts-check
/**
 * Prints the `add_header` lines that deploy/nginx/site.conf includes, read from
 * the `_headers` file the build writes. Run it after every build you deploy:
 *
 *   node scripts/nginx-headers.mjs dist > /etc/nginx/tmall-agency-guide/security-headers.conf
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nginxHeaderLines } from './lib/nginx.mjs';
import { headersForAllPaths } from './lib/serve-dist.mjs';

const dist = process.argv[2] ?? 'dist';
const file = join(dist, '_headers');
if (!existsSync(file)) {
	console.error(`${file} is missing: run \`npm run build\` first.`);
	process.exit(1);
}
process.stdout.write(nginxHeaderLines(headersForAllPaths(readFileSync(file, 'utf8'))));
