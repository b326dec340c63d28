import { describe, expect, it } from 'vitest';
import { emptyChecklistState, getItemRecord, setItemDone, setItemNote, type ChecklistOutline } from '../../../../src/lib/checklist/state';
import { buildExport, checklistExportFormat, importChecklist } from '../../../../src/lib/checklist/transfer';
import { exportFileName, serializeExport } from '../../../../src/lib/storage/export-file';

const exportFormatMarker = 'tmall-guide-checklist';
const maxImportBytes = checklistExportFormat.maxBytes;

const exportedAt = new Date('2026-11-29T08:00:00.000Z');
const importedAt = new Date('2026-12-03T12:00:00.000Z');

const outline: ChecklistOutline[] = [
	{ id: 'contract', items: [{ id: 'contract-kpis' }, { id: 'contract-ip' }, { id: 'contract-handover' }] },
	{ id: 'setup', items: [{ id: 'setup-baseline' }] },
];

function sampleState() {
	let state = setItemDone(emptyChecklistState(), 'contract-kpis', true, exportedAt);
	state = setItemDone(state, 'contract-ip', true, exportedAt);
	state = setItemNote(state, 'setup-baseline', 'Sales 1.2m, DSR 4.8 — from 生意参谋', exportedAt);
	return state;
}

describe('export', () => {
	it('writes a marked, versioned file with the language and time', () => {
		const file = buildExport(sampleState(), 'zh', exportedAt);
		expect(file).toMatchObject({ format: exportFormatMarker, version: 2, locale: 'zh', exportedAt: exportedAt.toISOString() });
		expect(Object.keys(file.items).sort()).toEqual(['contract-ip', 'contract-kpis', 'setup-baseline']);
		const text = serializeExport(file);
		expect(JSON.parse(text)).toEqual(file);
		expect(text.endsWith('\n')).toBe(true);
	});

	it('names the file after the local date', () => {
		expect(exportFileName(checklistExportFormat, new Date(2026, 10, 29, 23, 59))).toBe('tmall-hiring-checklist-2026-11-29.json');
	});
});

describe('export then import', () => {
	it('restores exactly the exported state', () => {
		const state = sampleState();
		const text = serializeExport(buildExport(state, 'en', exportedAt));
		const result = importChecklist(text, outline, importedAt);
		expect(result).toEqual({ ok: true, state, restored: 3, skipped: 0 });
	});

	it('accepts a file made in the other language: ids are shared', () => {
		const text = serializeExport(buildExport(sampleState(), 'zh', exportedAt));
		const result = importChecklist(text, outline, importedAt);
		expect(result.ok && result.restored).toBe(3);
	});

	it('counts only items in the current list as restored, keeping the others dormant', () => {
		const state = setItemDone(sampleState(), 'contract-retired-clause', true, exportedAt);
		const result = importChecklist(serializeExport(buildExport(state, 'en', exportedAt)), outline, importedAt);
		expect(result.ok && result.restored).toBe(3);
		expect(result.ok && getItemRecord(result.state, 'contract-retired-clause')?.done).toBe(true);
	});

	it('imports an empty checklist as an empty state', () => {
		const text = serializeExport(buildExport(emptyChecklistState(), 'en', exportedAt));
		expect(importChecklist(text, outline, importedAt)).toEqual({
			ok: true,
			state: { items: {} },
			restored: 0,
			skipped: 0,
		});
	});

	it('migrates a file written in an older version', () => {
		const text = JSON.stringify({ format: exportFormatMarker, version: 1, done: ['contract-handover'], notes: {} });
		const result = importChecklist(text, outline, importedAt);
		expect(result).toEqual({
			ok: true,
			state: { items: { 'contract-handover': { done: true, note: '', updatedAt: importedAt.toISOString() } } },
			restored: 1,
			skipped: 0,
		});
	});
});

describe('import of hostile or wrong files', () => {
	// Files that are not exports at all are tested once for every tool in test/unit/lib/storage/export-file.test.ts.
	it.each([
		['truncated JSON', '{"format":"tmall-guide-checklist","version":2,"items":{', 'not-json'],
		['the contract check’s export', '{"format":"tmall-guide-contract-check","version":1,"answers":{}}', 'not-ours'],
		['our saved format without the marker', '{"version":2,"items":{}}', 'not-ours'],
		['a version from the future', '{"format":"tmall-guide-checklist","version":3,"items":{}}', 'newer-version'],
		['a version that is not a number', '{"format":"tmall-guide-checklist","version":"2","items":{}}', 'unknown-version'],
		['a missing version', '{"format":"tmall-guide-checklist","items":{}}', 'unknown-version'],
		['items as a string', '{"format":"tmall-guide-checklist","version":2,"items":"all done"}', 'invalid-body'],
		['items as null', '{"format":"tmall-guide-checklist","version":2,"items":null}', 'invalid-body'],
	] as const)('refuses %s', (_label, text, error) => {
		expect(importChecklist(text, outline, importedAt)).toEqual({ ok: false, error });
	});

	it('refuses a file that is too large, judged by its size before reading', () => {
		expect(importChecklist('{}', outline, importedAt, maxImportBytes + 1)).toEqual({ ok: false, error: 'too-large' });
		const padded = `{"format":"tmall-guide-checklist","version":2,"items":{},"x":"${'a'.repeat(maxImportBytes)}"}`;
		expect(importChecklist(padded, outline, importedAt)).toEqual({ ok: false, error: 'too-large' });
	});

	it('does not let __proto__, constructor or prototype keys pollute anything', () => {
		const text =
			'{"format":"tmall-guide-checklist","version":2,"__proto__":{"polluted":true},"items":{' +
			'"__proto__":{"done":true,"polluted":true},' +
			'"prototype":{"done":true},' +
			'"constructor":{"done":true,"note":"x"},' +
			'"contract-kpis":{"done":true,"note":"keep me"}}}';
		const result = importChecklist(text, outline, importedAt);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.skipped).toBe(1);
		expect(result.restored).toBe(1);
		expect(Object.getPrototypeOf(result.state.items)).toBe(Object.prototype);
		expect(getItemRecord(result.state, 'contract-kpis')?.note).toBe('keep me');
		// Valid kebab-case, so kept dormant; looked up safely, never confused with Object's own members.
		expect(getItemRecord(result.state, 'constructor')).toEqual({ done: true, note: 'x', updatedAt: importedAt.toISOString() });
	});

	it('keeps markup in notes as inert text', () => {
		const note = '<script>alert(1)</script><img src=x onerror="alert(2)">';
		const text = JSON.stringify({
			format: exportFormatMarker,
			version: 2,
			items: { 'contract-ip': { done: false, note, updatedAt: exportedAt.toISOString() } },
		});
		const result = importChecklist(text, outline, importedAt);
		expect(result.ok && getItemRecord(result.state, 'contract-ip')?.note).toBe(note);
	});

	it('skips broken entries and reports how many, keeping the good ones', () => {
		const text = JSON.stringify({
			format: exportFormatMarker,
			version: 2,
			items: {
				'contract-kpis': { done: true, note: '', updatedAt: exportedAt.toISOString() },
				'contract-ip': { done: 1 },
				'contract-handover': 'done',
				'../../etc/passwd': { done: true },
				'setup-baseline': { done: false, note: { text: 'nested' } },
			},
		});
		expect(importChecklist(text, outline, importedAt)).toEqual({
			ok: true,
			state: { items: { 'contract-kpis': { done: true, note: '', updatedAt: exportedAt.toISOString() } } },
			restored: 1,
			skipped: 4,
		});
	});

	it('caps notes that are too long instead of refusing the file', () => {
		const text = JSON.stringify({
			format: exportFormatMarker,
			version: 2,
			items: { 'contract-ip': { done: true, note: '长'.repeat(5000), updatedAt: exportedAt.toISOString() } },
		});
		const result = importChecklist(text, outline, importedAt);
		expect(result.ok && getItemRecord(result.state, 'contract-ip')?.note.length).toBe(500);
	});
});
