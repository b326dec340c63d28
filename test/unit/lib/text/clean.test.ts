import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanQuoteName } from '../../../../src/lib/fees/quote-name';
import { normalizeNote } from '../../../../src/lib/checklist/state';
import { cleanPlainText } from '../../../../src/lib/scorecard/state';
import { cleanText } from '../../../../src/lib/text/clean';

const text = (raw: string, options?: Parameters<typeof cleanText>[1]) => cleanText(raw, options).text;

describe('cleaning typed text (one rule for every tool)', () => {
	it('removes zero-width spaces, bidirectional overrides, controls and lone surrogates', () => {
		expect(text('A\u200bB')).toBe('AB');
		expect(text('A\u202eB\u2066C\u200fD')).toBe('ABCD');
		expect(text('A\u0000B\u007fC\u0085D')).toBe('ABCD');
		expect(text('A\ud800B\udc00C')).toBe('ABC');
		expect(text('\ufeffShop')).toBe('Shop');
		expect(cleanText('A\u200bB')).toEqual({ text: 'AB', removedInvisible: true, removedMarkup: false, cut: false });
	});

	it('keeps the joiner inside emoji sequences, and flags spelled with tag characters', () => {
		expect(text('Team 👩‍💻')).toBe('Team 👩\u200d💻');
		expect(text('👩🏽‍💻 ❤️‍🔥')).toBe('👩🏽\u200d💻 ❤️\u200d🔥');
		expect(text('🏴\u{e0067}\u{e0062}\u{e0065}\u{e006e}\u{e0067}\u{e007f}')).toBe('🏴\u{e0067}\u{e0062}\u{e0065}\u{e006e}\u{e0067}\u{e007f}');
		// A joiner between letters joins nothing visible.
		expect(text('A\u200dB')).toBe('AB');
		expect(text('\u{e0067}A')).toBe('A');
	});

	it('composes to NFC, so the same name typed two ways is one name', () => {
		expect(text('Cafe\u0301')).toBe('Café');
		expect(text('Cafe\u200b\u0301')).toBe('Café');
	});

	it('keeps one line for names and line breaks for notes', () => {
		expect(text('  A \n\t B  ')).toBe('A B');
		expect(text('line 1\r\nline 2\r\tend\u0007', { multiline: true })).toBe('line 1\nline 2\n\tend');
	});

	it('removes markup only when asked, and cuts by characters, not UTF-16 units', () => {
		expect(cleanText('<b>Shop</b>', { stripMarkup: true })).toEqual({ text: 'Shop', removedInvisible: false, removedMarkup: true, cut: false });
		expect(text('<b>Shop</b>')).toBe('<b>Shop</b>');
		expect(cleanText('杭州😀电商', { maxLength: 3 })).toEqual({ text: '杭州😀', removedInvisible: false, removedMarkup: false, cut: true });
		expect(text('A👩‍💻', { maxLength: 3 })).toBe('A👩');
	});

	it('is what the quote names, scorecard names and checklist notes use (the divergences that were)', () => {
		// A zero-width space once survived in scorecard names.
		expect(cleanPlainText('Acme\u200b Co')).toEqual({ value: 'Acme Co', changed: true });
		// The joiner inside an emoji once vanished from quote names, splitting 👩‍💻 into 👩💻.
		expect(cleanQuoteName('Studio 👩‍💻').name).toBe('Studio 👩\u200d💻');
		expect(cleanPlainText('Studio 👩‍💻').value).toBe('Studio 👩\u200d💻');
		expect(normalizeNote('Ask 👩‍💻\u200b\nabout it')).toBe('Ask 👩\u200d💻\nabout it');
	});

	it('is idempotent and leaves no invisible character but a joiner between pictographs (property)', () => {
		const pieces = fc.constantFrom('a', ' ', '\n', '\u200b', '\u200d', '\u202e', '👩', '💻', '🏽', '\ufe0f', '🏴', '\u{e0067}', 'e', '\u0301', '<', '>', '杭');
		const raw = fc.oneof(
			fc.string({ unit: 'binary', maxLength: 40 }),
			fc.array(pieces, { maxLength: 30 }).map((parts) => parts.join('')),
		);
		fc.assert(
			fc.property(raw, fc.boolean(), fc.boolean(), (input, multiline, stripMarkup) => {
				const options = { multiline, stripMarkup, maxLength: 20 };
				const once = cleanText(input, options).text;
				expect(cleanText(once, options)).toEqual({ text: once, removedInvisible: false, removedMarkup: false, cut: false });
				expect(once).not.toMatch(/[\u200b\u202a-\u202e\ufeff\u0000-\u0008]/u);
				expect(() => encodeURIComponent(once)).not.toThrow();
			}),
			{ numRuns: 3000 },
		);
	});
});
