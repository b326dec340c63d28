import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	countRecordedItems,
	emptyChecklistState,
	getItemRecord,
	isItemDone,
	itemNote,
	noteMaxLength,
	normalizeNote,
	setItemDone,
	setItemNote,
	stepStatus,
	summarizeProgress,
	type ChecklistOutline,
} from '../../../../src/lib/checklist/state';

const monday = new Date('2026-11-30T09:00:00.000Z');
const tuesday = new Date('2026-12-01T09:00:00.000Z');

const outline: ChecklistOutline[] = [
	{ id: 'screening', items: [{ id: 'screening-a' }, { id: 'screening-b' }, { id: 'screening-c' }] },
	{ id: 'contract', items: [{ id: 'contract-a' }, { id: 'contract-b' }] },
];

describe('ticking items', () => {
	it('ticks an item and records when', () => {
		const state = setItemDone(emptyChecklistState(), 'screening-a', true, monday);
		expect(isItemDone(state, 'screening-a')).toBe(true);
		expect(getItemRecord(state, 'screening-a')).toEqual({ done: true, note: '', updatedAt: monday.toISOString() });
	});

	it('leaves the previous state untouched', () => {
		const before = emptyChecklistState();
		setItemDone(before, 'screening-a', true, monday);
		expect(before.items).toEqual({});
	});

	it('forgets an item that is unticked and has no note', () => {
		const ticked = setItemDone(emptyChecklistState(), 'screening-a', true, monday);
		const unticked = setItemDone(ticked, 'screening-a', false, tuesday);
		expect(getItemRecord(unticked, 'screening-a')).toBeUndefined();
		expect(Object.keys(unticked.items)).toEqual([]);
	});

	it('keeps the note when an item is unticked', () => {
		let state = setItemNote(emptyChecklistState(), 'contract-a', 'Ask for clause 7', monday);
		state = setItemDone(state, 'contract-a', true, monday);
		state = setItemDone(state, 'contract-a', false, tuesday);
		expect(itemNote(state, 'contract-a')).toBe('Ask for clause 7');
		expect(isItemDone(state, 'contract-a')).toBe(false);
		expect(getItemRecord(state, 'contract-a')?.updatedAt).toBe(tuesday.toISOString());
	});

	it('refuses ids that are not kebab-case, such as prototype keys', () => {
		for (const id of ['__proto__', 'Screening-A', 'a--b', '', 'x'.repeat(81)]) {
			expect(() => setItemDone(emptyChecklistState(), id, true, monday)).toThrow(RangeError);
		}
	});

	it('does not mistake Object.prototype members for records', () => {
		const state = emptyChecklistState();
		expect(isItemDone(state, 'constructor')).toBe(false);
		expect(itemNote(state, 'constructor')).toBe('');
		const ticked = setItemDone(state, 'constructor', true, monday);
		expect(isItemDone(ticked, 'constructor')).toBe(true);
		expect(Object.getPrototypeOf(ticked.items)).toBe(Object.prototype);
	});
});

describe('notes', () => {
	it('saves a note without ticking the item', () => {
		const state = setItemNote(emptyChecklistState(), 'screening-b', 'Call back Thursday', monday);
		expect(itemNote(state, 'screening-b')).toBe('Call back Thursday');
		expect(isItemDone(state, 'screening-b')).toBe(false);
	});

	it('caps a note at the maximum length', () => {
		const state = setItemNote(emptyChecklistState(), 'screening-b', 'x'.repeat(noteMaxLength + 50), monday);
		expect(itemNote(state, 'screening-b')).toHaveLength(noteMaxLength);
	});

	it('caps by characters, never splitting a Chinese character or an emoji', () => {
		const long = '合同📄'.repeat(noteMaxLength);
		const note = normalizeNote(long);
		expect(Array.from(note)).toHaveLength(noteMaxLength);
		expect(note.endsWith('\uD83D')).toBe(false);
		expect(note).toBe(Array.from(long).slice(0, noteMaxLength).join(''));
	});

	it('keeps markup as plain text and removes control characters', () => {
		expect(normalizeNote('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
		expect(normalizeNote('line one\r\nline two\u0000\u0007\tend')).toBe('line one\nline two\tend');
	});

	it('drops an item whose note is cleared and which is not ticked', () => {
		let state = setItemNote(emptyChecklistState(), 'screening-b', 'temp', monday);
		state = setItemNote(state, 'screening-b', '   ', tuesday);
		expect(getItemRecord(state, 'screening-b')).toBeUndefined();
	});
});

describe('progress', () => {
	it('counts per step and overall', () => {
		let state = emptyChecklistState();
		state = setItemDone(state, 'screening-a', true, monday);
		state = setItemDone(state, 'screening-c', true, monday);
		state = setItemDone(state, 'contract-b', true, monday);
		state = setItemNote(state, 'contract-a', 'noted but not done', monday);
		expect(summarizeProgress(outline, state)).toEqual({
			steps: [
				{ stepId: 'screening', done: 2, total: 3 },
				{ stepId: 'contract', done: 1, total: 2 },
			],
			overall: { done: 3, total: 5 },
		});
	});

	it('ignores ticks on items that are no longer in the list, but keeps them', () => {
		let state = setItemDone(emptyChecklistState(), 'screening-retired', true, monday);
		state = setItemDone(state, 'screening-a', true, monday);
		expect(summarizeProgress(outline, state).overall).toEqual({ done: 1, total: 5 });
		expect(isItemDone(state, 'screening-retired')).toBe(true);
		expect(countRecordedItems(outline, state)).toBe(1);
	});

	it('keeps ticks on surviving items when the item list changes', () => {
		let state = setItemDone(emptyChecklistState(), 'screening-a', true, monday);
		state = setItemDone(state, 'contract-b', true, monday);
		// A later release drops screening-a, adds screening-d and reorders the rest.
		const nextRelease: ChecklistOutline[] = [
			{ id: 'contract', items: [{ id: 'contract-b' }, { id: 'contract-a' }] },
			{ id: 'screening', items: [{ id: 'screening-d' }, { id: 'screening-b' }] },
		];
		expect(summarizeProgress(nextRelease, state).steps).toEqual([
			{ stepId: 'contract', done: 1, total: 2 },
			{ stepId: 'screening', done: 0, total: 2 },
		]);
		// And the dropped item comes back ticked if a release restores it.
		expect(summarizeProgress(outline, state).overall.done).toBe(2);
	});

	it('gives each step a task-list status', () => {
		expect(stepStatus({ done: 0, total: 6 })).toBe('notStarted');
		expect(stepStatus({ done: 3, total: 6 })).toBe('inProgress');
		expect(stepStatus({ done: 6, total: 6 })).toBe('completed');
	});

	it('never counts more done than there are items (property)', () => {
		const ids = outline.flatMap((step) => step.items.map((item) => item.id));
		fc.assert(
			fc.property(fc.array(fc.tuple(fc.constantFrom(...ids), fc.boolean())), (changes) => {
				const state = changes.reduce((current, [id, done]) => setItemDone(current, id, done, monday), emptyChecklistState());
				const { steps, overall } = summarizeProgress(outline, state);
				expect(overall.done).toBeLessThanOrEqual(overall.total);
				expect(overall.done).toBe(steps.reduce((sum, step) => sum + step.done, 0));
				const lastChange = new Map(changes);
				expect(overall.done).toBe([...lastChange.values()].filter(Boolean).length);
			}),
		);
	});
});
