/**
 * `decimal-comma`: `1,5` or `2,25` is a decimal comma in much of Europe and a typo for
 * `15` elsewhere, so it is neither guessed as 1.5 nor read as 15: the user is asked to
 * write a point. A comma followed by three or four digits (`1,000`, `100,0000`) is grouping.
 */
export type NumberInputError = 'empty' | 'invalid' | 'decimal-comma';

export type ParsedNumber = { ok: true; value: number } | { ok: false; error: NumberInputError };

/** Chinese magnitude words people type after a number: 100万 = 1,000,000. */
const multipliers: Record<string, number> = { 万: 10_000, 亿: 100_000_000 };

/**
 * Reads a number the way people type it: `1,000,000`, `1 000 000`, `¥60,000`,
 * `8%`, full-width `１００００００` or `８％`, and `100万` or `1.5亿`. Grouping
 * separators are dropped wherever they are, because Chinese users often group
 * by four (`100,0000`). One comma before the last one or two digits is
 * an error (`decimal-comma`), see above. Range checks are the caller's job.
 * Every tool reads typed numbers with this function.
 */
export function parseNumberInput(text: string): ParsedNumber {
	// NFKC turns full-width digits and punctuation (０-９ ，．－％ ￥) into their ASCII forms.
	let clean = text
		.normalize('NFKC')
		.replace(/[\u2212\u2012\u2013]/g, '-')
		.replace(/\s+/g, '')
		// Some Chinese input methods type the ideographic full stop for a decimal point: 2。5.
		.replace(/(\d)。(?=\d)/g, '$1.');
	if (clean === '') return { ok: false, error: 'empty' };

	const sign = clean.startsWith('-') ? -1 : 1;
	if (/^[-+]/.test(clean)) clean = clean.slice(1);
	clean = clean.replace(/^(CN¥|CNY|RMB|¥)/i, '').replace(/(元|CNY|RMB|%)$/i, '');
	let multiplier = 1;
	const last = clean.slice(-1);
	if (Object.hasOwn(multipliers, last)) {
		multiplier = multipliers[last] as number;
		clean = clean.slice(0, -1);
	}
	if (/,\d{1,2}$/.test(clean)) return { ok: false, error: 'decimal-comma' };
	clean = clean.replace(/[,'_]/g, '');
	if (!/^(\d+\.?\d*|\.\d+)$/.test(clean)) return { ok: false, error: 'invalid' };

	const value = sign * Number(clean) * multiplier;
	if (!Number.isFinite(value)) return { ok: false, error: 'invalid' };
	// 1.1万 is 11000.000000000002 in binary floating point; keep what the user meant.
	const kept = multiplier === 1 ? value : Number(value.toPrecision(15));
	return { ok: true, value: kept === 0 ? 0 : kept };
}
