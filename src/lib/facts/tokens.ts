/** `{fact:some-id}` inside JSON content (FAQ, glossary, tool hints). */
const TOKEN = /\{fact:([a-z0-9-]+)\}/g;
/** `<Fact id="some-id" />` inside MDX. */
const COMPONENT = /<Fact\s+id=["']([a-z0-9-]+)["']/g;

/** Ids of every `{fact:id}` token in `text`, in order of first appearance. */
export function factTokenIds(text: string): string[] {
	return [...new Set([...text.matchAll(TOKEN)].map((match) => match[1]!))];
}

/** Ids of every `<Fact id="…" />` in an MDX body, in order of first appearance. */
export function factComponentIds(mdx: string): string[] {
	return [...new Set([...mdx.matchAll(COMPONENT)].map((match) => match[1]!))];
}

/**
 * Replaces each `{fact:id}` with `lookup(id)`. An unknown id throws, so a
 * typo fails the build instead of printing a raw token to readers.
 */
export function replaceFactTokens(text: string, lookup: (id: string) => string | undefined): string {
	return text.replace(TOKEN, (_token, id: string) => {
		const value = lookup(id);
		if (value === undefined) throw new Error(`{fact:${id}}: no such file content/platform-facts/${id}.json`);
		return value;
	});
}
