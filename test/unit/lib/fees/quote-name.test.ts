import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxNameLength } from '../../../../src/lib/fees/limits';
import { cleanQuoteName } from '../../../../src/lib/fees/quote-name';

describe('quote names', () => {
	it('keeps ordinary names in any language as they are', () => {
		for (const name of ['Quote A', '杭州某某电商', 'A&B 100% “best”', 'Agency #1 (2026)']) {
			expect(cleanQuoteName(name)).toEqual({ name, hadMarkup: false, wasCut: false });
		}
	});

	it('removes tags and stray angle brackets, and says so', () => {
		expect(cleanQuoteName('<img src=x onerror=alert(1)>Shop')).toEqual({ name: 'Shop', hadMarkup: true, wasCut: false });
		expect(cleanQuoteName('a < b').name).toBe('a b');
		expect(cleanQuoteName('a < b > c').name).toBe('a c');
		expect(cleanQuoteName('<<b>b>').name).toBe('b');
	});

	it('drops control characters, bidirectional overrides, zero-width characters and unpaired surrogates', () => {
		expect(cleanQuoteName('A\u0000B\u202eC\u200bD\ud800E').name).toBe('ABCDE');
		expect(cleanQuoteName('emoji 😀 stays').name).toBe('emoji 😀 stays');
	});

	it('turns ~ (the URL separator) into the full-width ～ and tidies spaces', () => {
		expect(cleanQuoteName('  A~B \n\t C  ').name).toBe('A～B C');
	});

	it('cuts names to 40 characters, counting characters rather than UTF-16 units', () => {
		// The one limit of both tools' name boxes and links (docs/fee-calculator-url.md).
		expect(maxNameLength).toBe(40);
		const cut = cleanQuoteName('😀'.repeat(50));
		expect(cut.wasCut).toBe(true);
		expect(cut.name).toBe('😀'.repeat(40));
		expect(cleanQuoteName('杭州星辰数字商务有限公司天猫旗舰店代运营服务部第一事业部华东大区运营中心客户服务')).toEqual({
			name: '杭州星辰数字商务有限公司天猫旗舰店代运营服务部第一事业部华东大区运营中心客户服务',
			hadMarkup: false,
			wasCut: false,
		});
	});

	it('is idempotent and never leaves markup or separators behind (property)', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (raw) => {
				const { name } = cleanQuoteName(raw);
				expect(cleanQuoteName(name)).toEqual({ name, hadMarkup: false, wasCut: false });
				expect(name).not.toMatch(/[<>~]/);
				expect(Array.from(name).length).toBeLessThanOrEqual(maxNameLength);
				expect(() => encodeURIComponent(name)).not.toThrow();
			}),
			{ numRuns: 3000 },
		);
	});
});
