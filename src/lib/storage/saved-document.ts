/*
 * How every tool reads what it wrote down earlier (browser storage, export files):
 * JSON text, bounded in size, as a versioned document whose older versions are migrated
 * to the current one before the tool reads its body entry by entry. The tool says what a
 * body is; the steps here are the same for all of them.
 */

/** Why saved data could not be read at all. */
export type ReadProblem =
	| 'too-large'
	| 'not-json'
	| 'not-an-object'
	| 'unknown-version'
	/** Written by a newer release of the site than this one. */
	| 'newer-version'
	/** A known version whose body (the checklist's items, the check's answers) is missing or unreadable. */
	| 'invalid-body';

/** What reading salvaged from a document's body, and how much it had to throw away. */
export interface ReadOutcome<State> {
	readonly state: State;
	/** Entries kept, including dormant ones for ids the current release does not show. */
	readonly kept: number;
	/** Entries that were unreadable (bad id, wrong types) or over the size bound. */
	readonly dropped: number;
	/** The version the data was written in, when it was older than the current one. */
	readonly migratedFrom?: number;
}

export type ReadResult<State, Extra = object> = ({ ok: true } & ReadOutcome<State> & Extra) | { ok: false; problem: ReadProblem };

/**
 * Turns a document of version N into version N + 1, or returns undefined when the
 * document's body is not what version N had. Entries are not validated by a migration:
 * the current version's reader does that, so a migration only reshapes.
 */
export type Migration = (document: Record<string, unknown>) => Record<string, unknown> | undefined;

export interface VersionedFormat {
	/** The version this release writes. */
	readonly version: number;
	/** `migrations[N]` turns version N into N + 1; one for every version below `version`. */
	readonly migrations: Readonly<Record<number, Migration>>;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Real calendar times only (no 30 February, which `Date.parse` rolls over), in the form `Date#toISOString` writes. */
export function isIsoTimestamp(value: unknown): value is string {
	if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/.test(value)) return false;
	const time = Date.parse(value);
	return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 19) === value.slice(0, 19);
}

/** Parses JSON text no longer than `maxLength` (checked first, so huge text costs nothing). Never throws. */
export function parseSavedJson(text: string, maxLength: number): { ok: true; document: unknown } | { ok: false; problem: 'too-large' | 'not-json' } {
	if (text.length > maxLength) return { ok: false, problem: 'too-large' };
	try {
		return { ok: true, document: JSON.parse(text) };
	} catch {
		// Also catches the RangeError a pathologically nested document throws.
		return { ok: false, problem: 'not-json' };
	}
}

/**
 * Checks a parsed document's version and migrates it, step by step, to the current one.
 * A version that is not a whole number from 1 up is unknown; one above the current version
 * is newer (kept aside by the caller, in case this copy of the site updates).
 */
export function migrateToCurrent(
	document: unknown,
	format: VersionedFormat,
): { ok: true; document: Record<string, unknown>; migratedFrom?: number } | { ok: false; problem: Exclude<ReadProblem, 'too-large' | 'not-json'> } {
	if (!isPlainObject(document)) return { ok: false, problem: 'not-an-object' };
	const originalVersion = document.version;
	if (typeof originalVersion !== 'number' || !Number.isInteger(originalVersion) || originalVersion < 1) {
		return { ok: false, problem: 'unknown-version' };
	}
	if (originalVersion > format.version) return { ok: false, problem: 'newer-version' };
	let current: Record<string, unknown> = document;
	for (let version = originalVersion; version < format.version; version += 1) {
		const next = format.migrations[version]?.(current);
		if (!next) return { ok: false, problem: 'invalid-body' };
		current = next;
	}
	return originalVersion < format.version ? { ok: true, document: current, migratedFrom: originalVersion } : { ok: true, document: current };
}

/**
 * Reads a parsed document of any known version whose body sits under one key (`items`,
 * `answers`): migrates it, then hands the body to the tool's reader, which keeps every
 * entry it can read. Never throws.
 */
export function readVersionedDocument<State, Extra extends object>(
	document: unknown,
	format: VersionedFormat & { readonly bodyKey: string },
	readBody: (body: Record<string, unknown>) => ReadOutcome<State> & Extra,
): ReadResult<State, Extra> {
	const migrated = migrateToCurrent(document, format);
	if (!migrated.ok) return migrated;
	const body = migrated.document[format.bodyKey];
	if (!isPlainObject(body)) return { ok: false, problem: 'invalid-body' };
	const outcome = readBody(body);
	return migrated.migratedFrom === undefined ? { ok: true, ...outcome } : { ok: true, ...outcome, migratedFrom: migrated.migratedFrom };
}
