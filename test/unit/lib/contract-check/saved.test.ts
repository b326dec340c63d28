import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxSavedTextLength, readSavedText, toSavedDocument } from '../../../../src/lib/contract-check/saved-format';
import { chooseOption, emptyState, maxSavedAnswers, setValueText } from '../../../../src/lib/contract-check/state';
import { contractCheckStorageKey, loadContractCheck, saveContractCheck } from '../../../../src/lib/contract-check/storage';
import type { KeyValueStore } from '../../../../src/lib/storage/key-value-store';

function memoryStore(initial?: string): KeyValueStore & { data: Map<string, string> } {
	const data = new Map<string, string>(initial === undefined ? [] : [[contractCheckStorageKey, initial]]);
	return { data, getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value), removeItem: (key) => void data.delete(key) };
}

const sample = setValueText(chooseOption(chooseOption(emptyState(), 'penalty', 'mutual'), 'accounts', 'agency-holds-main'), 'penalty', '２０％');

describe('saved format, version 1', () => {
	it('round-trips a state through storage', () => {
		const store = memoryStore();
		expect(saveContractCheck(store, sample)).toBe(true);
		expect(JSON.parse(store.data.get(contractCheckStorageKey) ?? '')).toEqual({
			version: 1,
			answers: { penalty: { option: 'mutual', value: '２０％' }, accounts: { option: 'agency-holds-main', value: '' } },
		});
		expect(loadContractCheck(store)).toEqual({ kind: 'restored', state: sample });
	});

	// Every tool's shared steps (size, JSON, version, refused storage) are tested in test/unit/lib/storage.
	it.each([
		['a newer version', '{"version":2,"answers":{}}', 'newer-version'],
		['answers that are a list', '{"version":1,"answers":[]}', 'invalid-body'],
	])('starts empty, with the reason, from %s', (_label, text, problem) => {
		expect(loadContractCheck(memoryStore(text))).toEqual({ kind: 'reset', state: emptyState(), problem });
	});

	it('keeps the readable answers of damaged data and counts the rest', () => {
		const text = JSON.stringify({
			version: 1,
			answers: { accounts: { option: 'agency-holds-main' }, penalty: { option: 42 }, 'Bad Id': { option: 'x' }, handover: { option: 'absent', value: 7 } },
		});
		expect(loadContractCheck(memoryStore(text))).toEqual({
			kind: 'recovered',
			state: { answers: { accounts: { option: 'agency-holds-main', value: '' } } },
			kept: 1,
			dropped: 3,
		});
	});

	it('refuses huge text before parsing, and keeps __proto__ keys out', () => {
		expect(readSavedText(' '.repeat(maxSavedTextLength + 1))).toEqual({ ok: false, problem: 'too-large' });
		const result = readSavedText('{"version":1,"answers":{"__proto__":{"option":"x"},"penalty":{"option":"mutual"}}}');
		expect(result).toMatchObject({ ok: true, dropped: 1 });
		expect(({} as Record<string, unknown>).option).toBeUndefined();
	});

	it('bounds how many answers it keeps', () => {
		const answers = Object.fromEntries(Array.from({ length: maxSavedAnswers + 5 }, (_, index) => [`topic-${index}`, { option: 'absent' }]));
		expect(readSavedText(JSON.stringify({ version: 1, answers }))).toMatchObject({ ok: true, kept: maxSavedAnswers, dropped: 5 });
	});

	it('never throws on any text, and what it reads saves and reads back the same', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.json(),
					fc.jsonValue().map((value) => JSON.stringify({ version: 1, answers: value })),
				),
				(text) => {
					const result = readSavedText(text);
					if (result.ok) expect(readSavedText(JSON.stringify(toSavedDocument(result.state)))).toMatchObject({ ok: true, state: result.state, dropped: 0 });
				},
			),
			{ numRuns: 500 },
		);
	});
});
