/**
 * Fills `{name}` placeholders: `fill('{count} quotes', { count: 3 })`. Unknown
 * placeholders stay as they are, so a missing value shows up instead of vanishing.
 * The result is plain text; callers render it as text, never as HTML.
 */
export function fill(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (whole, key: string) => (Object.hasOwn(values, key) ? String(values[key]) : whole));
}
