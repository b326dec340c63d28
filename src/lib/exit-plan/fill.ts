/**
 * Fills `{name}` placeholders in the exit plan's strings. The site's `fill`
 * (src/lib/text/template.ts) also spaces Chinese from Latin text; the exit
 * plan's templates already carry those spaces, and importing that module
 * into a fourth island made the bundler split it from the text cleaner the
 * other three share, pushing their pages over the 20 KB budget. So this
 * island keeps its own two-line version; the unit test holds it to the same
 * output as `fill` for every template it uses.
 */
export function fillPlaceholders(template: string, values: Readonly<Record<string, string | number>>): string {
	return template.replace(/\{(\w+)\}/g, (whole, key: string) => (Object.hasOwn(values, key) ? String(values[key]) : whole));
}
