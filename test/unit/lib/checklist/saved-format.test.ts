import { describe, expect, it } from 'vitest';
import { readSavedDocument, readSavedText, savedFormatVersion, toSavedDocument } from '../../../../src/lib/checklist/saved-format';
import { emptyChecklistState, getItemRecord, maxSavedRecords, noteMaxLength, setItemDone, setItemNote } from '../../../../src/lib/checklist/state';
import { checklistStorageKey, loadChecklist, saveChecklist } from '../../../../src/lib/checklist/storage';
import type { KeyValueStore } from '../../../../src/lib/storage/key-value-store';
import { shouldRewriteAfterLoad } from '../../../../src/lib/storage/saved-store';

const savedAt = new Date('2026-11-29T08:00:00.000Z');
const loadedAt = new Date('2026-12-02T10:30:00.000Z');

/** An in-memory stand-in for localStorage (refusals are tested in test/unit/lib/storage). */
function memoryStore(initial?: string) {
	const data = new Map<string, string>();
	if (initial !== undefined) data.set(checklistStorageKey, initial);
	const store: KeyValueStore = {
		getItem: (key) => data.get(key) ?? null,
		setItem: (key, value) => void data.set(key, value),
		removeItem: (key) => void data.delete(key),
	};
	return { store, data };
}

describe('saving and loading', () => {
	it('round-trips ticks and notes through storage', () => {
		let state = setItemDone(emptyChecklistState(), 'contract-kpis', true, savedAt);
		state = setItemNote(state, 'screening-team', 'Met Li Wei and Zhang Min', savedAt);
		const { store } = memoryStore();
		expect(saveChecklist(store, state)).toBe(true);
		const outcome = loadChecklist(store, loadedAt);
		expect(outcome).toEqual({ kind: 'restored', state });
		expect(shouldRewriteAfterLoad(outcome)).toBe(false);
	});

	it('writes the current version with every field', () => {
		const state = setItemDone(emptyChecklistState(), 'contract-ip', true, savedAt);
		const { store, data } = memoryStore();
		saveChecklist(store, state);
		expect(JSON.parse(data.get(checklistStorageKey) ?? '')).toEqual({
			version: savedFormatVersion,
			items: { 'contract-ip': { done: true, note: '', updatedAt: savedAt.toISOString() } },
		});
	});

	it('starts empty when nothing is saved', () => {
		expect(loadChecklist(memoryStore().store, loadedAt)).toEqual({ kind: 'empty', state: { items: {} } });
	});
});

describe('recovering from corrupt data', () => {
	// Every tool's shared steps (size, JSON, version) are tested in test/unit/lib/storage; these are the checklist's own.
	it.each([
		['text that is not JSON', '{"version": 2, "items": {', 'not-json'],
		['a JSON array', '[1, 2, 3]', 'not-an-object'],
		['items that are a list', '{"version": 2, "items": []}', 'invalid-body'],
		['a version 1 body that is wrong', '{"version": 1, "done": "all"}', 'invalid-body'],
		['a newer version', '{"version": 99, "items": {}}', 'newer-version'],
	] as const)('resets on %s, saying why', (_label, text, problem) => {
		const outcome = loadChecklist(memoryStore(text).store, loadedAt);
		expect(outcome).toEqual({ kind: 'reset', state: { items: {} }, problem });
	});

	it('rewrites a damaged copy so the warning shows once, but leaves newer data alone', () => {
		expect(shouldRewriteAfterLoad(loadChecklist(memoryStore('{oops').store, loadedAt))).toBe(true);
		expect(shouldRewriteAfterLoad(loadChecklist(memoryStore('{"version": 3}').store, loadedAt))).toBe(false);
	});

	it('keeps valid entries and drops broken ones, counting both', () => {
		const text = JSON.stringify({
			version: 2,
			items: {
				'contract-kpis': { done: true, note: 'v2 clause 4', updatedAt: savedAt.toISOString() },
				'contract-ip': { done: 'yes', note: '' },
				'Not An Id': { done: true, note: '' },
				'setup-baseline': { done: false, note: 42 },
				'meeting-office-visit': null,
				'screening-team': { done: false, note: 'ask about staff turnover', updatedAt: savedAt.toISOString() },
			},
		});
		const outcome = loadChecklist(memoryStore(text).store, loadedAt);
		expect(outcome.kind).toBe('recovered');
		if (outcome.kind !== 'recovered') return;
		expect(outcome.kept).toBe(2);
		expect(outcome.dropped).toBe(4);
		expect(Object.keys(outcome.state.items).sort()).toEqual(['contract-kpis', 'screening-team']);
		expect(getItemRecord(outcome.state, 'contract-kpis')?.note).toBe('v2 clause 4');
		expect(shouldRewriteAfterLoad(outcome)).toBe(true);
	});

	it('repairs what it can: a missing time gets the load time, an over-long note is cut', () => {
		const result = readSavedText(
			JSON.stringify({
				version: 2,
				items: {
					'contract-kpis': { done: true },
					'contract-ip': { done: false, note: 'y'.repeat(noteMaxLength * 3), updatedAt: 'last Tuesday' },
				},
			}),
			loadedAt,
		);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result).toMatchObject({ kept: 2, dropped: 0, repaired: 2 });
		expect(getItemRecord(result.state, 'contract-kpis')).toEqual({
			done: true,
			note: '',
			updatedAt: loadedAt.toISOString(),
		});
		expect(getItemRecord(result.state, 'contract-ip')?.note).toHaveLength(noteMaxLength);
	});

	it('ignores unknown extra fields rather than failing', () => {
		const result = readSavedDocument(
			{ version: 2, theme: 'dark', items: { 'contract-ip': { done: true, colour: 'red', updatedAt: savedAt.toISOString() } } },
			loadedAt,
		);
		expect(result.ok && getItemRecord(result.state, 'contract-ip')).toEqual({
			done: true,
			note: '',
			updatedAt: savedAt.toISOString(),
		});
	});

	it('bounds how many entries it keeps', () => {
		const items = Object.fromEntries(Array.from({ length: maxSavedRecords + 25 }, (_, index) => [`item-${index}`, { done: true }]));
		const result = readSavedDocument({ version: 2, items }, loadedAt);
		expect(result.ok && [result.kept, result.dropped]).toEqual([maxSavedRecords, 25]);
	});

	it('refuses absurdly large text before parsing it', () => {
		const huge = `{"version":2,"items":{},"padding":"${'x'.repeat(300 * 1024)}"}`;
		expect(readSavedText(huge, loadedAt)).toEqual({ ok: false, problem: 'too-large' });
	});

	it('survives pathologically nested JSON', () => {
		const nested = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
		const result = readSavedText(nested, loadedAt);
		expect(result.ok).toBe(false);
	});
});

describe('migrating older versions', () => {
	it('upgrades version 1 (tick list plus note map) to the current format', () => {
		// Written as text: an object literal would swallow the `__proto__` key.
		const version1 =
			'{"version":1,"done":["contract-kpis","contract-ip","Bad Id",7],' +
			'"notes":{"contract-ip":"Designs are ours","setup-baseline":"Export from 生意参谋 first","__proto__":"x"}}';
		const outcome = loadChecklist(memoryStore(version1).store, loadedAt);
		expect(outcome).toEqual({
			kind: 'restored',
			migratedFrom: 1,
			state: {
				items: {
					'contract-kpis': { done: true, note: '', updatedAt: loadedAt.toISOString() },
					'contract-ip': { done: true, note: 'Designs are ours', updatedAt: loadedAt.toISOString() },
					'setup-baseline': { done: false, note: 'Export from 生意参谋 first', updatedAt: loadedAt.toISOString() },
				},
			},
		});
		// Written back in the current format, so the next load needs no migration.
		expect(shouldRewriteAfterLoad(outcome)).toBe(true);
		const { store, data } = memoryStore();
		saveChecklist(store, outcome.state);
		expect(JSON.parse(data.get(checklistStorageKey) ?? '').version).toBe(savedFormatVersion);
	});

	it('reads back what it writes, unchanged', () => {
		let state = setItemDone(emptyChecklistState(), 'performing-monthly-review', true, savedAt);
		state = setItemNote(state, 'contract-hidden-fees', 'Photography billed extra?', savedAt);
		const result = readSavedDocument(JSON.parse(JSON.stringify(toSavedDocument(state))), loadedAt);
		expect(result).toEqual({ ok: true, state, kept: 2, dropped: 0, repaired: 0 });
	});
});

describe('prototype pollution', () => {
	it('never lets saved keys reach Object.prototype', () => {
		const text = '{"version":2,"items":{"__proto__":{"done":true,"polluted":true},"constructor":{"done":true},"contract-ip":{"done":true}}}';
		const result = readSavedText(text, loadedAt);
		expect(result.ok).toBe(true);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		if (!result.ok) return;
		expect(Object.getPrototypeOf(result.state.items)).toBe(Object.prototype);
		expect(Object.keys(result.state.items).sort()).toEqual(['constructor', 'contract-ip']);
		expect(result.dropped).toBe(1);
	});
});
