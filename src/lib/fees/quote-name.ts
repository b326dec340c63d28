import { maxNameLength } from './limits';

export interface CleanName {
	name: string;
	/** Something tag-like (`<…>`, or a stray `<` or `>`) was removed. */
	hadMarkup: boolean;
	/** The name was cut to `maxNameLength` characters. */
	wasCut: boolean;
}

/*
 * Control and format characters (which include the bidirectional overrides
 * that can make a name read backwards, and zero-width characters) and
 * unpaired surrogates (which cannot be put in a URL) are dropped.
 */
const invisible = /[\p{Cc}\p{Cf}\p{Cs}]/gu;

/**
 * Turns anything into a quote name that is safe to store and share: plain
 * text, one line, at most `maxNameLength` characters. Names are always
 * rendered as text, never as HTML; removing tags as well just keeps a hostile
 * link from showing its payload to the user. `~` separates fields in the URL,
 * so it becomes the full-width `～`, which reads the same.
 */
export function cleanQuoteName(raw: string): CleanName {
	const withoutInvisible = raw.replace(invisible, '');
	const withoutMarkup = withoutInvisible.replace(/<[^<>]*>/g, ' ').replace(/[<>]/g, '');
	const hadMarkup = withoutMarkup !== withoutInvisible;
	const tidy = withoutMarkup.replace(/~/g, '～').replace(/\s+/g, ' ').trim();
	const characters = Array.from(tidy);
	const wasCut = characters.length > maxNameLength;
	const name = wasCut ? characters.slice(0, maxNameLength).join('').trim() : tidy;
	return { name, hadMarkup, wasCut };
}
