import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCalendar, escapeText, foldLine } from '../../../../src/lib/exit-plan/ics';
import { exampleInputs } from '../../../../src/lib/exit-plan/inputs';
import {
	emptyExitState,
	exitStorageKey,
	loadExitPlan,
	readExitText,
	saveExitPlan,
	serializeExitState,
	setStepDone,
} from '../../../../src/lib/exit-plan/saved-format';
import { buildExitShareUrl, decodeExitQuery, encodeExitQuery } from '../../../../src/lib/exit-plan/url';
import { parseIcs, unescapeText } from './ics-parser';

const now = new Date('2026-12-06T13:45:09.123Z');
const octets = (text: string) => new TextEncoder().encode(text).length;

describe('calendar file', () => {
	const text = buildCalendar(
		{
			name: 'Exit plan; 退出计划',
			events: [
				{
					uid: 'give-notice-2027-06-30@tmall-agency-guide',
					date: '2027-05-31',
					summary: 'Give notice, in writing',
					description: 'Send it by a method you can prove.\nKeep a copy; 保留回执。',
				},
				{
					uid: 'sign-handover-2027-06-30@tmall-agency-guide',
					date: '2027-12-31',
					summary: '签署交接确认书：主账号、子账号、广告账户余额、库存与资金对账均已完成并由双方确认无误',
					description: 'a\\b',
				},
			],
		},
		now,
	);

	it('parses back with a strict reader: dates, stamps, unique ids, text', () => {
		const calendar = parseIcs(text);
		expect(calendar.properties.VERSION?.value).toBe('2.0');
		expect(calendar.events).toHaveLength(2);
		const [notice, handover] = calendar.events;
		expect(notice!.DTSTART).toEqual({ name: 'DTSTART', params: { VALUE: 'DATE' }, value: '20270531' });
		expect(notice!.DTEND?.value).toBe('20270601');
		expect(notice!.DTSTAMP?.value).toBe('20261206T134509Z');
		expect(unescapeText(notice!.SUMMARY!.value)).toBe('Give notice, in writing');
		expect(unescapeText(notice!.DESCRIPTION!.value)).toBe('Send it by a method you can prove.\nKeep a copy; 保留回执。');
		expect(handover!.DTEND?.value).toBe('20280101');
		expect(unescapeText(handover!.SUMMARY!.value)).toBe('签署交接确认书：主账号、子账号、广告账户余额、库存与资金对账均已完成并由双方确认无误');
		expect(unescapeText(handover!.DESCRIPTION!.value)).toBe('a\\b');
		expect(new Set(calendar.events.map((event) => event.UID!.value)).size).toBe(2);
	});

	it('ends every line with CRLF and folds long Chinese lines between characters', () => {
		expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
		const lines = text.split('\r\n');
		expect(lines.some((line) => line.startsWith(' '))).toBe(true);
		for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
	});

	it('escapes text and folding round-trips any string', () => {
		expect(escapeText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (value) => {
				const line = `SUMMARY:${escapeText(value)}`;
				const folded = foldLine(line);
				for (const part of folded.split('\r\n')) expect(octets(part)).toBeLessThanOrEqual(75);
				expect(folded.split('\r\n ').join('')).toBe(line);
			}),
		);
	});
});

/** Queries made of the codec's own keys (and a stranger) with any values, in any order and number. */
const queryPairs = fc
	.array(
		fc.tuple(
			fc.constantFrom('v', 'end', 'notice', 'reg', 'to', 'entity', 'utm'),
			fc.oneof(fc.constantFrom('1', '2027-06-30', 'agency', 'in-house'), fc.string({ maxLength: 20 })),
		),
		{ maxLength: 8 },
	)
	.map((pairs) => `?${new URLSearchParams(pairs).toString()}`);

describe('share links', () => {
	it('round-trips the inputs with a concrete end date', () => {
		const query = encodeExitQuery({ ...exampleInputs, registeredTo: 'agency', entityChange: true }, '2027-06-30');
		expect(query).toBe('v=1&end=2027-06-30&notice=30&reg=agency&to=in-house&entity=1');
		expect(decodeExitQuery(`?${query}`)).toEqual({
			kind: 'decoded',
			inputs: { ...exampleInputs, registeredTo: 'agency', entityChange: true },
			issues: [],
		});
		expect(buildExitShareUrl('https://example.test/zh/tools/exit-plan/?x=1#top', exampleInputs, '2027-01-20')).toBe(
			'https://example.test/zh/tools/exit-plan/?v=1&end=2027-01-20&notice=30&reg=merchant&to=in-house&entity=0',
		);
	});

	it('keeps what it can read of a hostile link and names the rest', () => {
		const result = decodeExitQuery('?v=1&end=2027-02-30&notice=<script>&reg=agency&to=in-house&entity=1&utm=x');
		expect(result).toEqual({
			kind: 'decoded',
			inputs: { ...exampleInputs, registeredTo: 'agency', entityChange: true },
			issues: ['ignored', 'end', 'notice'],
		});
		expect(decodeExitQuery('?v=9&end=2027-06-30')).toEqual({ kind: 'unsupported' });
		expect(decodeExitQuery('?utm_source=x')).toEqual({ kind: 'absent' });
		expect(decodeExitQuery(`?v=1&end=${'9'.repeat(3000)}`)).toEqual({ kind: 'unsupported' });
	});

	it('never throws, whatever the query', () => {
		for (const odd of [undefined, null, 42, {}, ['v=1'], '?v=1&v=1&end=2027-06-30&end=2027-07-01', '?%E0%A4%A']) {
			expect(['absent', 'unsupported', 'decoded']).toContain(decodeExitQuery(odd).kind);
		}
		fc.assert(
			fc.property(fc.oneof(fc.string(), queryPairs), (query) => ['absent', 'unsupported', 'decoded'].includes(decodeExitQuery(query).kind)),
			{ numRuns: 300 },
		);
	});
});

describe('saved plan', () => {
	function memoryStore(initial?: string) {
		const map = new Map<string, string>(initial === undefined ? [] : [[exitStorageKey, initial]]);
		return {
			map,
			getItem: (key: string) => map.get(key) ?? null,
			setItem: (key: string, value: string) => void map.set(key, value),
			removeItem: (key: string) => void map.delete(key),
		};
	}

	it('saves and restores inputs and ticks', () => {
		const store = memoryStore();
		const state = setStepDone(emptyExitState({ ...exampleInputs, noticeDays: 45 }), 'give-notice', true, now);
		expect(saveExitPlan(store, state)).toBe(true);
		expect(JSON.parse(store.map.get(exitStorageKey)!)).toEqual({
			version: 1,
			inputs: { ...exampleInputs, noticeDays: 45 },
			done: { 'give-notice': '2026-12-06T13:45:09.123Z' },
		});
		expect(loadExitPlan(store)).toEqual({ kind: 'restored', state });
		expect(setStepDone(state, 'give-notice', false, now).done).toEqual({});
	});

	it('recovers what it can from damaged data and says how much was lost', () => {
		const text = JSON.stringify({
			version: 1,
			inputs: { ...exampleInputs, noticeDays: -4, takeover: 'robots' },
			done: { 'give-notice': '2026-12-01T00:00:00Z', 'bad id': '2026-12-01T00:00:00Z', reconcile: 'yesterday' },
		});
		const result = readExitText(text);
		expect(result).toEqual({
			kind: 'recovered',
			state: { inputs: exampleInputs, done: { 'give-notice': '2026-12-01T00:00:00Z' } },
			dropped: 4,
		});
	});

	it('refuses unreadable or newer data without throwing', () => {
		expect(readExitText('{not json')).toEqual({ kind: 'reset', problem: 'not-json' });
		expect(readExitText('[1]')).toEqual({ kind: 'reset', problem: 'not-an-object' });
		expect(readExitText('{"version":2}')).toEqual({ kind: 'reset', problem: 'newer-version' });
		expect(readExitText('{"version":"1"}')).toEqual({ kind: 'reset', problem: 'unknown-version' });
		expect(readExitText('x'.repeat(70_000))).toEqual({ kind: 'reset', problem: 'too-large' });
		const throwing = {
			getItem: () => {
				throw new Error('denied');
			},
			setItem: () => {
				throw new Error('full');
			},
			removeItem: () => undefined,
		};
		expect(loadExitPlan(throwing)).toEqual({ kind: 'unavailable' });
		expect(saveExitPlan(throwing, emptyExitState())).toBe(false);
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.json(),
					fc.jsonValue().map((value) => JSON.stringify({ version: 1, inputs: value, done: value })),
				),
				(text) => {
					const result = readExitText(text);
					expect(['restored', 'recovered', 'reset']).toContain(result.kind);
					if (result.kind === 'restored' || result.kind === 'recovered')
						expect(readExitText(serializeExitState(result.state))).toEqual({ kind: 'restored', state: result.state });
				},
			),
		);
	});
});
