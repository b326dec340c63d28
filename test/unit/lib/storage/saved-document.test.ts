import { describe, expect, it } from 'vitest';
import {
	isIsoTimestamp,
	isPlainObject,
	migrateToCurrent,
	parseSavedJson,
	readVersionedDocument,
	type VersionedFormat,
} from '../../../../src/lib/storage/saved-document';

/** A toy format at version 3: version 1 kept a list of names, 2 a map of name to count, 3 the map under `entries`. */
const format: VersionedFormat & { bodyKey: string } = {
	version: 3,
	bodyKey: 'entries',
	migrations: {
		1: (document) => (Array.isArray(document.names) ? { version: 2, counts: Object.fromEntries(document.names.map((name) => [String(name), 1])) } : undefined),
		2: (document) => ({ version: 3, entries: document.counts }),
	},
};

/** Keeps entries whose value is a whole number; drops the rest. */
function readCounts(body: Record<string, unknown>) {
	const state: Record<string, number> = {};
	let dropped = 0;
	for (const [key, value] of Object.entries(body)) {
		if (Number.isInteger(value)) state[key] = value as number;
		else dropped += 1;
	}
	return { state, kept: Object.keys(state).length, dropped };
}

describe('parseSavedJson', () => {
	it('parses JSON text up to the size bound', () => {
		expect(parseSavedJson('{"version":1}', 13)).toEqual({ ok: true, document: { version: 1 } });
	});

	it('refuses text over the bound before parsing it', () => {
		expect(parseSavedJson('{"version":1}', 12)).toEqual({ ok: false, problem: 'too-large' });
	});

	it.each([
		['truncated JSON', '{"version": 2, "items": {'],
		['plain text', 'my checklist: done'],
	])('says %s is not JSON, without throwing', (_label, text) => {
		expect(parseSavedJson(text, 1_000_000)).toEqual({ ok: false, problem: 'not-json' });
	});
});

describe('migrateToCurrent', () => {
	it.each([
		['a string', 'hello', 'not-an-object'],
		['an array', [1, 2, 3], 'not-an-object'],
		['null', null, 'not-an-object'],
		['no version', { entries: {} }, 'unknown-version'],
		['a version that is text', { version: '3' }, 'unknown-version'],
		['a fractional version', { version: 1.5 }, 'unknown-version'],
		['version 0', { version: 0 }, 'unknown-version'],
		['a newer version', { version: 4 }, 'newer-version'],
		['a version 1 body that is wrong', { version: 1, names: 'all' }, 'invalid-body'],
	])('refuses %s, saying why', (_label, document, problem) => {
		expect(migrateToCurrent(document, format)).toEqual({ ok: false, problem });
	});

	it('leaves a current document as it is, without a migratedFrom', () => {
		expect(migrateToCurrent({ version: 3, entries: { a: 1 } }, format)).toEqual({ ok: true, document: { version: 3, entries: { a: 1 } } });
	});

	it('migrates an old document through every step, saying where it started', () => {
		expect(migrateToCurrent({ version: 1, names: ['a', 'b'] }, format)).toEqual({
			ok: true,
			document: { version: 3, entries: { a: 1, b: 1 } },
			migratedFrom: 1,
		});
		expect(migrateToCurrent({ version: 2, counts: { c: 4 } }, format)).toEqual({ ok: true, document: { version: 3, entries: { c: 4 } }, migratedFrom: 2 });
	});
});

describe('readVersionedDocument', () => {
	it('reads the body entry by entry, counting what it kept and dropped', () => {
		expect(readVersionedDocument({ version: 3, entries: { a: 2, b: 'two', c: 1.5 } }, format, readCounts)).toEqual({
			ok: true,
			state: { a: 2 },
			kept: 1,
			dropped: 2,
		});
	});

	it('reads a migrated document and says it was migrated', () => {
		expect(readVersionedDocument({ version: 1, names: ['x'] }, format, readCounts)).toEqual({
			ok: true,
			state: { x: 1 },
			kept: 1,
			dropped: 0,
			migratedFrom: 1,
		});
	});

	it.each([
		['a missing body', { version: 3 }],
		['a body that is a list', { version: 3, entries: [] }],
		['a body that is null', { version: 3, entries: null }],
	])('refuses %s', (_label, document) => {
		expect(readVersionedDocument(document, format, readCounts)).toEqual({ ok: false, problem: 'invalid-body' });
	});
});

describe('shape checks', () => {
	it('takes only objects that are not arrays or null as plain objects', () => {
		expect([{}, { a: 1 }, [], null, 'x', 1].map(isPlainObject)).toEqual([true, true, false, false, false, false]);
	});

	it('takes only real times in toISOString form as timestamps', () => {
		expect(['2026-11-29T08:00:00.000Z', '2026-11-29T08:00:00Z', '2026-02-30T08:00:00.000Z', '2026-11-29 08:00', 'last Tuesday', 7].map(isIsoTimestamp)).toEqual(
			[true, true, false, false, false, false],
		);
	});
});
