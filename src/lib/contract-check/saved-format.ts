import { isContractId } from './rules';
import { maxSavedAnswers, normalizeValueText, type Answer, type ContractCheckState } from './state';

/**
 * How a contract check is written down, in the browser's storage and (with a
 * marker around it) in export files.
 *
 * Version history:
 * - 1 (current): `{ version: 1, answers: { [topicId]: { option, value } } }`.
 *
 * To change the format: add version 2, write `migrations[1]` that turns a
 * version 1 document into version 2, and bump `savedFormatVersion`. Readers
 * of every older version then go through the chain, as the checklist's do.
 */
export const savedFormatVersion = 1;

export interface SavedContractCheck {
	version: typeof savedFormatVersion;
	answers: Record<string, Answer>;
}

export type ReadProblem = 'too-large' | 'not-json' | 'not-an-object' | 'unknown-version' | 'newer-version' | 'invalid-answers';

/** A full check is about 3 KB; anything this big is not ours. */
export const maxSavedTextLength = 64 * 1024;

export type ReadResult =
	| { ok: true; state: ContractCheckState; kept: number; dropped: number; migratedFrom?: number }
	| { ok: false; problem: ReadProblem };

type Migration = (document: Record<string, unknown>) => Record<string, unknown> | undefined;

/** Version N to N + 1; none yet. */
const migrations: Record<number, Migration> = {};

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads the answers entry by entry, so one bad entry costs only itself. Keys
 * are checked against the id pattern before anything is copied, and the map
 * has no prototype while it is built, so `__proto__` can pollute nothing.
 */
function readAnswers(raw: Record<string, unknown>): { state: ContractCheckState; kept: number; dropped: number } {
	const answers: Record<string, Answer> = Object.create(null);
	let kept = 0;
	let dropped = 0;
	for (const topicId of Object.keys(raw)) {
		const entry = raw[topicId];
		if (!isContractId(topicId) || !isPlainObject(entry) || !isContractId(entry.option)) {
			dropped += 1;
			continue;
		}
		const rawValue = entry.value === undefined ? '' : entry.value;
		if (typeof rawValue !== 'string' || kept >= maxSavedAnswers) {
			dropped += 1;
			continue;
		}
		answers[topicId] = { option: entry.option, value: normalizeValueText(rawValue) };
		kept += 1;
	}
	return { state: { answers: { ...answers } }, kept, dropped };
}

/** Reads a parsed document of any known version. Never throws. */
export function readSavedDocument(document: unknown): ReadResult {
	if (!isPlainObject(document)) return { ok: false, problem: 'not-an-object' };
	const originalVersion = document.version;
	if (typeof originalVersion !== 'number' || !Number.isInteger(originalVersion) || originalVersion < 1) {
		return { ok: false, problem: 'unknown-version' };
	}
	if (originalVersion > savedFormatVersion) return { ok: false, problem: 'newer-version' };
	let current: Record<string, unknown> = document;
	for (let version = originalVersion; version < savedFormatVersion; version += 1) {
		const next = migrations[version]?.(current);
		if (!next) return { ok: false, problem: 'invalid-answers' };
		current = next;
	}
	if (!isPlainObject(current.answers)) return { ok: false, problem: 'invalid-answers' };
	const outcome = readAnswers(current.answers);
	return originalVersion < savedFormatVersion
		? { ok: true, ...outcome, migratedFrom: originalVersion }
		: { ok: true, ...outcome };
}

/** Parses JSON text, then reads it as `readSavedDocument` does. Never throws. */
export function readSavedText(text: string): ReadResult {
	if (text.length > maxSavedTextLength) return { ok: false, problem: 'too-large' };
	let document: unknown;
	try {
		document = JSON.parse(text);
	} catch {
		// Also catches the RangeError a pathologically nested document throws.
		return { ok: false, problem: 'not-json' };
	}
	return readSavedDocument(document);
}

export function toSavedDocument(state: ContractCheckState): SavedContractCheck {
	return { version: savedFormatVersion, answers: { ...state.answers } };
}
