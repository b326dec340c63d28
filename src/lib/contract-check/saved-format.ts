import { isPlainObject, parseSavedJson, readVersionedDocument, type Migration, type ReadOutcome, type ReadResult } from '../storage/saved-document';
import { isContractId } from './rules';
import { maxSavedAnswers, normalizeValueText, type Answer, type ContractCheckState } from './state';

/**
 * How a contract check is written down, in the browser's storage and (with a
 * marker around it) in export files. The steps every tool shares (size,
 * JSON, version, migrations) are in src/lib/storage/saved-document.ts.
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

/** A full check is about 3 KB; anything this big is not ours. */
export const maxSavedTextLength = 64 * 1024;

/** Version N to N + 1; none yet. */
const migrations: Record<number, Migration> = {};

const format = { version: savedFormatVersion, migrations, bodyKey: 'answers' };

/**
 * Reads the answers entry by entry, so one bad entry costs only itself. Keys
 * are checked against the id pattern before anything is copied, and the map
 * has no prototype while it is built, so `__proto__` can pollute nothing.
 */
function readAnswers(raw: Record<string, unknown>): ReadOutcome<ContractCheckState> {
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
export function readSavedDocument(document: unknown): ReadResult<ContractCheckState> {
	return readVersionedDocument(document, format, readAnswers);
}

/** Parses JSON text, then reads it as `readSavedDocument` does. Never throws. */
export function readSavedText(text: string): ReadResult<ContractCheckState> {
	const parsed = parseSavedJson(text, maxSavedTextLength);
	return parsed.ok ? readSavedDocument(parsed.document) : parsed;
}

export function toSavedDocument(state: ContractCheckState): SavedContractCheck {
	return { version: savedFormatVersion, answers: { ...state.answers } };
}
