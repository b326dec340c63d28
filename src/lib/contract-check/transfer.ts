import type { Locale } from '../locale';
import { maxSavedTextLength, readSavedDocument, savedFormatVersion } from './saved-format';
import { getAnswer, type Answer, type ContractCheckState } from './state';
import type { TopicOutline } from './rules';

/**
 * Export files carry a check to another computer or a colleague: the saved
 * format wrapped with a marker (so any other JSON is recognised as not
 * ours), the language it was made in, and when. Its `version` is the saved
 * format's, so an old file goes through the same migrations as old storage.
 */
export const exportFormatMarker = 'tmall-guide-contract-check';

export interface ContractCheckExport {
	format: typeof exportFormatMarker;
	version: number;
	locale: Locale;
	exportedAt: string;
	answers: Record<string, Answer>;
}

export const maxImportBytes = maxSavedTextLength;

export function buildExport(state: ContractCheckState, locale: Locale, now: Date): ContractCheckExport {
	return { format: exportFormatMarker, version: savedFormatVersion, locale, exportedAt: now.toISOString(), answers: { ...state.answers } };
}

export function serializeExport(document: ContractCheckExport): string {
	return `${JSON.stringify(document, null, '\t')}\n`;
}

/** `tmall-contract-check-2026-12-06.json`, dated in the user's own time zone. */
export function exportFileName(now: Date): string {
	const pad = (value: number) => String(value).padStart(2, '0');
	return `tmall-contract-check-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

export type ImportErrorCode =
	| 'read-failed'
	| 'too-large'
	| 'empty'
	| 'not-json'
	| 'not-contract-check'
	| 'newer-version'
	| 'unknown-version'
	| 'invalid-answers';

export type ImportResult =
	| { ok: true; state: ContractCheckState; restored: number; skipped: number }
	| { ok: false; error: ImportErrorCode };

/**
 * Reads an export file as hostile text: size first (`byteSize` is the file's
 * size, known before reading), then the marker, then each answer on its own.
 * The result replaces the current check. Never throws.
 */
export function importContractCheck(
	text: string,
	topics: readonly TopicOutline[],
	byteSize: number = text.length,
): ImportResult {
	if (byteSize > maxImportBytes || text.length > maxImportBytes) return { ok: false, error: 'too-large' };
	if (text.trim() === '') return { ok: false, error: 'empty' };
	let document: unknown;
	try {
		document = JSON.parse(text);
	} catch {
		return { ok: false, error: 'not-json' };
	}
	if (typeof document !== 'object' || document === null || Array.isArray(document)) {
		return { ok: false, error: 'not-contract-check' };
	}
	if (!Object.hasOwn(document, 'format') || (document as { format?: unknown }).format !== exportFormatMarker) {
		return { ok: false, error: 'not-contract-check' };
	}
	const result = readSavedDocument(document);
	if (!result.ok) {
		return { ok: false, error: result.problem === 'not-an-object' ? 'not-contract-check' : result.problem };
	}
	const restored = topics.filter((topic) => {
		const answer = getAnswer(result.state, topic.id);
		return answer !== undefined && topic.options.some((option) => option.id === answer.option);
	}).length;
	return { ok: true, state: result.state, restored, skipped: result.dropped };
}
