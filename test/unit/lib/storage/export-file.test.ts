import { describe, expect, it } from 'vitest';
import { exportFileName, exportHeader, importExportFile, serializeExport } from '../../../../src/lib/storage/export-file';
import type { ReadResult } from '../../../../src/lib/storage/saved-document';

const format = { marker: 'tmall-guide-test', fileStem: 'tmall-test', maxBytes: 200 };

/** Reads `{ version: 1, names: [...] }`; other versions and bodies as the shared reader would say. */
function readNames(document: Record<string, unknown>): ReadResult<string[]> {
	if (document.version !== 1) return { ok: false, problem: typeof document.version === 'number' && document.version > 1 ? 'newer-version' : 'unknown-version' };
	if (!Array.isArray(document.names)) return { ok: false, problem: 'invalid-body' };
	const state = document.names.filter((name): name is string => typeof name === 'string');
	return { ok: true, state, kept: state.length, dropped: document.names.length - state.length };
}

const importText = (text: string, byteSize?: number) => importExportFile(text, format, readNames, (state) => state.length, byteSize);

describe('export', () => {
	it('writes the marker, version, language and time, indented and ending in a newline', () => {
		const now = new Date('2026-12-06T09:30:00.000Z');
		expect(serializeExport({ ...exportHeader(format.marker, 1, 'zh', now), names: ['A'] } as ReturnType<typeof exportHeader>)).toBe(
			'{\n\t"format": "tmall-guide-test",\n\t"version": 1,\n\t"locale": "zh",\n\t"exportedAt": "2026-12-06T09:30:00.000Z",\n\t"names": [\n\t\t"A"\n\t]\n}\n',
		);
	});

	it('names the file after the local date', () => {
		expect(exportFileName(format, new Date(2026, 10, 29, 23, 59))).toBe('tmall-test-2026-11-29.json');
		expect(exportFileName(format, new Date(2027, 0, 5, 0, 1))).toBe('tmall-test-2027-01-05.json');
	});
});

describe('import', () => {
	it('reads a marked file, counting what came back and what was left out', () => {
		expect(importText('{"format":"tmall-guide-test","version":1,"names":["A","B",7]}')).toEqual({ ok: true, state: ['A', 'B'], restored: 2, skipped: 1 });
	});

	it.each([
		['an empty file', '', 'empty'],
		['only whitespace', '  \n\t ', 'empty'],
		['plain text', 'my checklist: done', 'not-json'],
		['an HTML page', '<!doctype html><title>x</title>', 'not-json'],
		['truncated JSON', '{"format":"tmall-guide-test","version":1,', 'not-json'],
		['a JSON number', '42', 'not-ours'],
		['a JSON array', '[{"format":"tmall-guide-test"}]', 'not-ours'],
		['JSON null', 'null', 'not-ours'],
		['another tool’s JSON', '{"name":"package","version":"1.0.0"}', 'not-ours'],
		['another tool’s export', '{"format":"tmall-guide-checklist","version":1,"names":[]}', 'not-ours'],
		['a marker of the wrong type', '{"format":["tmall-guide-test"],"version":1,"names":[]}', 'not-ours'],
		['the saved format without the marker', '{"version":1,"names":[]}', 'not-ours'],
		['a marker only on the prototype', '{"__proto__":{"format":"tmall-guide-test"},"version":1,"names":[]}', 'not-ours'],
		['a version from the future', '{"format":"tmall-guide-test","version":2,"names":[]}', 'newer-version'],
		['a missing version', '{"format":"tmall-guide-test","names":[]}', 'unknown-version'],
		['a body that is not a list', '{"format":"tmall-guide-test","version":1,"names":"all"}', 'invalid-body'],
	])('refuses %s with a reason', (_label, text, error) => {
		expect(importText(text)).toEqual({ ok: false, error });
	});

	it('refuses a file by its size before reading it, and text longer than the bound', () => {
		expect(importText('{}', 201)).toEqual({ ok: false, error: 'too-large' });
		expect(importText(`{"format":"tmall-guide-test","version":1,"names":["${'a'.repeat(200)}"]}`)).toEqual({ ok: false, error: 'too-large' });
	});
});
