import { cleanText } from '../text/clean';
import { isChecklistItemId } from './ids';

/**
 * What a merchant has recorded against one checklist item.
 * `updatedAt` is an ISO 8601 time: it lets a later release merge two copies
 * of a checklist (say, one imported from a colleague) item by item.
 */
export interface ItemRecord {
	readonly done: boolean;
	readonly note: string;
	readonly updatedAt: string;
}

/**
 * Everything the merchant has recorded, keyed by item id.
 *
 * Records for ids that are not in the current item list are kept, dormant:
 * they are not shown and not counted, but they survive. So an item that a
 * release removes and a later one restores (or a file exported from a newer
 * release) loses nothing. `maxSavedRecords` bounds how many can pile up.
 */
export interface ChecklistState {
	readonly items: Readonly<Record<string, ItemRecord>>;
}

/** A note is a reminder, not a document: long enough for a name, a figure and a date. */
export const noteMaxLength = 500;

/** Far more than the list will ever hold; a bound so hostile data can't bloat storage. */
export const maxSavedRecords = 400;

export function emptyChecklistState(): ChecklistState {
	return { items: {} };
}

/**
 * The record for one item, if any. Uses an own-property check because ids
 * such as `constructor` are valid kebab-case and would otherwise find
 * `Object.prototype` members.
 */
export function getItemRecord(state: ChecklistState, itemId: string): ItemRecord | undefined {
	return Object.hasOwn(state.items, itemId) ? state.items[itemId] : undefined;
}

export function isItemDone(state: ChecklistState, itemId: string): boolean {
	return getItemRecord(state, itemId)?.done ?? false;
}

export function itemNote(state: ChecklistState, itemId: string): string {
	return getItemRecord(state, itemId)?.note ?? '';
}

/** A record worth keeping: ticked, or with a note that says something. */
export function isMeaningfulRecord(record: Pick<ItemRecord, 'done' | 'note'>): boolean {
	return record.done || record.note.trim() !== '';
}

/**
 * Cleans a note the way every entry point (typing, storage, import) must, with the one
 * cleaning every tool uses (`cleanText`): line endings unified, invisible characters other
 * than tab and newline removed, and the length capped without splitting a character in two.
 * Markup is left alone: notes are only ever rendered as text.
 */
export function normalizeNote(raw: string): string {
	return cleanText(raw, { multiline: true, maxLength: noteMaxLength }).text;
}

function assertItemId(itemId: string): void {
	if (!isChecklistItemId(itemId)) throw new RangeError(`Not a checklist item id: ${JSON.stringify(itemId)}`);
}

function withRecord(state: ChecklistState, itemId: string, change: Pick<ItemRecord, 'done' | 'note'>, now: Date): ChecklistState {
	assertItemId(itemId);
	const items = { ...state.items };
	if (isMeaningfulRecord(change)) {
		items[itemId] = { ...change, updatedAt: now.toISOString() };
	} else {
		// Unticked with no note is the same as never touched: don't keep it.
		delete items[itemId];
	}
	return { items };
}

export function setItemDone(state: ChecklistState, itemId: string, done: boolean, now: Date): ChecklistState {
	return withRecord(state, itemId, { done, note: itemNote(state, itemId) }, now);
}

export function setItemNote(state: ChecklistState, itemId: string, note: string, now: Date): ChecklistState {
	return withRecord(state, itemId, { done: isItemDone(state, itemId), note: normalizeNote(note) }, now);
}

/** The shape of the item list that progress needs: steps of item ids. */
export interface ChecklistOutline {
	readonly id: string;
	readonly items: readonly { readonly id: string }[];
}

export interface ProgressCount {
	readonly done: number;
	readonly total: number;
}

export interface StepProgress extends ProgressCount {
	readonly stepId: string;
}

export interface ChecklistProgress {
	readonly steps: readonly StepProgress[];
	readonly overall: ProgressCount;
}

export type StepStatus = 'notStarted' | 'inProgress' | 'completed';

/** The task-list status of a step, as GOV.UK task lists show it. */
export function stepStatus({ done, total }: ProgressCount): StepStatus {
	if (done === 0) return 'notStarted';
	return done >= total ? 'completed' : 'inProgress';
}

/** Ticks per step and overall, counting only items in the current list. */
export function summarizeProgress(outline: readonly ChecklistOutline[], state: ChecklistState): ChecklistProgress {
	const steps = outline.map((step) => ({
		stepId: step.id,
		done: step.items.filter((item) => isItemDone(state, item.id)).length,
		total: step.items.length,
	}));
	const overall = steps.reduce((sum, step) => ({ done: sum.done + step.done, total: sum.total + step.total }), { done: 0, total: 0 });
	return { steps, overall };
}

/** How many items of the current list carry a tick or a note: what "restored" means to a user. */
export function countRecordedItems(outline: readonly ChecklistOutline[], state: ChecklistState): number {
	return outline
		.flatMap((step) => step.items)
		.filter((item) => {
			const record = getItemRecord(state, item.id);
			return record !== undefined && isMeaningfulRecord(record);
		}).length;
}
