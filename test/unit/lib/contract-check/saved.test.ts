import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxSavedTextLength, readSavedText, toSavedDocument } from '../../../../src/lib/contract-check/saved-format';
import { chooseOption, emptyState, maxSavedAnswers, setValueText } from '../../../../src/lib/contract-check/state';
import { contractCheckStorageKey, loadContractCheck, saveContractCheck, shouldRewriteAfterLoad } from '../../../../src/lib/contract-check/storage';
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

	it.each([
		['not JSON', '{"version":1,"answers":{', 'not-json'],
		['a newer version', '{"version":2,"answers":{}}', 'newer-version'],
		['no version', '{"answers":{}}', 'unknown-version'],
		['answers that are a list', '{"version":1,"answers":[]}', 'invalid-answers'],
		['an array', '[1,2]', 'not-an-object'],
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

	it('rewrites repaired data once, but leaves a newer version alone', () => {
		expect(shouldRewriteAfterLoad({ kind: 'recovered', state: emptyState(), dropped: 1 })).toBe(true);
		expect(shouldRewriteAfterLoad({ kind: 'reset', state: emptyState(), problem: 'not-json' })).toBe(true);
		expect(shouldRewriteAfterLoad({ kind: 'reset', state: emptyState(), problem: 'newer-version' })).toBe(false);
		expect(shouldRewriteAfterLoad({ kind: 'restored', state: emptyState() })).toBe(false);
	});

	it('works in memory when the browser refuses storage', () => {
		const refusing: KeyValueStore = {
			getItem: () => {
				throw new Error('SecurityError');
			},
			setItem: () => {
				throw new Error('QuotaExceededError');
			},
			removeItem: () => undefined,
		};
		expect(loadContractCheck(refusing)).toEqual({ kind: 'unavailable', state: emptyState() });
		expect(loadContractCheck(undefined)).toEqual({ kind: 'unavailable', state: emptyState() });
		expect(saveContractCheck(refusing, sample)).toBe(false);
	});

	it('never throws on any text, and what it reads saves and reads back the same', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((value) => JSON.stringify({ version: 1, answers: value }))), (text) => {
				const result = readSavedText(text);
				if (result.ok) expect(readSavedText(JSON.stringify(toSavedDocument(result.state)))).toMatchObject({ ok: true, state: result.state, dropped: 0 });
			}),
			{ numRuns: 500 },
		);
	});
});
