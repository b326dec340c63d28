import { cleanText } from '../text/clean';
import { maxNameLength } from './limits';

export interface CleanName {
	name: string;
	/** Something tag-like (`<…>`, or a stray `<` or `>`) was removed. */
	hadMarkup: boolean;
	/** The name was cut to `maxNameLength` characters. */
	wasCut: boolean;
}

/**
 * Turns anything into a quote name that is safe to store and share, with the one cleaning
 * every tool uses (`cleanText`): plain text, one line, at most `maxNameLength` characters.
 * Names are always rendered as text, never as HTML; removing tags as well just keeps a
 * hostile link from showing its payload to the user. `~` separates fields in the URL,
 * so it becomes the full-width `～`, which reads the same.
 */
export function cleanQuoteName(raw: string): CleanName {
	const cleaned = cleanText(raw.replace(/~/g, '～'), { stripMarkup: true, maxLength: maxNameLength });
	return { name: cleaned.text, hadMarkup: cleaned.removedMarkup, wasCut: cleaned.cut };
}
