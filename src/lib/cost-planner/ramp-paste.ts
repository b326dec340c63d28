/** Reading figures pasted into the month-by-month editor (pure; loaded with the editor). */

/**
 * Several figures pasted into one month's box (a column or row copied from a spreadsheet):
 * the pieces, one per month from that box on, or null when the text is one figure. Pieces are
 * split on line breaks, tabs and semicolons only, because commas and spaces group digits.
 */
export function splitPastedRamp(text: string): string[] | null {
	const pieces = text
		.split(/[\r\n\t;；]+/)
		.map((piece) => piece.trim())
		.filter((piece) => piece !== '');
	return pieces.length > 1 ? pieces : null;
}
