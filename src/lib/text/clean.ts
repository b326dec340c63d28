/*
 * One cleaning for every piece of text a person types, saves, imports or opens from a link
 * (quote names, agency names, criterion labels, checklist notes), so the tools agree on it.
 */

/**
 * Invisible or misleading characters: controls (Cc), format characters (Cf: zero-width
 * space and joiners, bidirectional overrides that make a name read backwards, the byte
 * order mark, soft hyphens) and unpaired surrogates (Cs, which cannot travel in a URL).
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}]/u;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;
/** Emoji modifiers and variation selectors may sit between a pictograph and its joiner: 👩🏽‍💻, ❤️‍🔥. */
const EMOJI_TRAIL = /^(?:[\u{1F3FB}-\u{1F3FF}]|\uFE0E|\uFE0F)$/u;
const ZWJ = '\u200D';
/** Tag characters spell subdivision flags after a black flag: 🏴 + tags + cancel tag = England. */
const TAG = /[\u{E0020}-\u{E007F}]/u;

export interface CleanTextOptions {
	/** Keep line breaks (notes) instead of turning every run of white space into one space (names). */
	multiline?: boolean;
	/** Remove tag-like text (`<b>`, a stray `<` or `>`): a hostile link cannot even show its payload. */
	stripMarkup?: boolean;
	/** Trim the ends and collapse inner white space (one-line text only). Off while someone is typing. */
	trim?: boolean;
	/** Cut to this many characters (code points, so a Chinese character or an emoji is never split). */
	maxLength?: number;
}

export interface CleanedText {
	text: string;
	/** Invisible characters were removed. */
	removedInvisible: boolean;
	/** Tag-like text was removed (only with `stripMarkup`). */
	removedMarkup: boolean;
	/** The text was cut to `maxLength`. */
	cut: boolean;
}

function keepsFormatCharacter(characters: readonly string[], index: number): boolean {
	const character = characters[index] ?? '';
	let before = index - 1;
	if (character === ZWJ) {
		// A joiner glues two emoji into one (👩‍💻): kept only between pictographs.
		while (EMOJI_TRAIL.test(characters[before] ?? '')) before -= 1;
		return PICTOGRAPH.test(characters[before] ?? '') && PICTOGRAPH.test(characters[index + 1] ?? '');
	}
	// Tag characters after a black flag spell a subdivision flag.
	while (TAG.test(characters[before] ?? '')) before -= 1;
	return TAG.test(character) && characters[before] === '\u{1F3F4}';
}

/**
 * Cleans text for keeping and showing as plain text: Unicode NFC (so `é` typed two ways is
 * one name), no invisible characters except a joiner inside an emoji sequence, line endings
 * unified, and optionally one line, no markup and a length cap. Idempotent.
 */
export function cleanText(raw: unknown, options: CleanTextOptions = {}): CleanedText {
	const { multiline = false, stripMarkup = false, trim = true, maxLength } = options;
	if (typeof raw !== 'string') return { text: '', removedInvisible: raw !== undefined && raw !== null, removedMarkup: false, cut: false };
	const characters = Array.from(raw.normalize('NFC').replace(/\r\n?/g, '\n'));
	let removedInvisible = false;
	let kept = '';
	characters.forEach((character, index) => {
		const wanted = multiline && (character === '\n' || character === '\t');
		if (!wanted && INVISIBLE.test(character) && !keepsFormatCharacter(characters, index)) {
			// A line break or tab in a one-line field is white space, not an invisible character.
			if (character === '\n' || character === '\t') kept += ' ';
			else removedInvisible = true;
			return;
		}
		kept += character;
	});
	// Again after removal: a combining accent may now follow its letter directly.
	let text = kept.normalize('NFC');
	kept = text;
	let removedMarkup = false;
	if (stripMarkup) {
		text = kept.replace(/<[^<>]*>/g, ' ').replace(/[<>]/g, '');
		removedMarkup = text !== kept;
		text = text.normalize('NFC');
	}
	if (!multiline && trim) text = text.replace(/\s+/g, ' ').trim();
	let cut = false;
	if (maxLength !== undefined) {
		const all = Array.from(text);
		if (all.length > maxLength) {
			// A cut inside an emoji sequence must not leave a dangling joiner.
			text = all
				.slice(0, maxLength)
				.join('')
				.replace(/\u200D+$/u, '');
			if (!multiline && trim) text = text.trim();
			cut = true;
		}
	}
	return { text, removedInvisible, removedMarkup, cut };
}
