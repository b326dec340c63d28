import { render } from 'preact';
import type { ChecklistStrings } from '../../../i18n/tools/checklist';
import { fill } from '../../../lib/text/template';
import { itemNote, isItemDone, stepStatus, type ChecklistOutline, type ChecklistProgress, type ChecklistState } from '../../../lib/checklist/state';
import { ItemNote, noteLabelId } from './ItemNote';

/**
 * The checklist's steps and items are server-rendered once by
 * src/components/tools/Checklist.astro, not by the island: the item text
 * then appears once in the page instead of twice (HTML plus island props),
 * which keeps the page inside its size budget. These functions are the
 * island's whole contact with that markup; the data attributes are the contract.
 */
const selectors = {
	/** `<section id="step-<step id>">` */
	step: '.cl-step',
	stepStatus: '.cl-tag',
	stepProgress: '.cl-step__count',
	/** `<li id="item-<item id>">` */
	item: '.cl-item',
	itemBody: '.cl-item__body',
	checkbox: 'input[type="checkbox"]',
	/** The item's text inside its `<label>`, next to the checkbox. */
	itemText: '.cl-item__text',
	why: '.cl-item__why',
	stepName: '.cl-step__name',
} as const;

const stepIdOf = (step: HTMLElement) => step.id.replace(/^step-/, '');
const itemIdOf = (item: HTMLElement) => item.id.replace(/^item-/, '');

const noteRootClass = 'cl-item__note-root';

export interface ListView {
	state: ChecklistState;
	progress: ChecklistProgress;
	/** Whether the saved state is loaded: until then the list stays as the server sent it. */
	ready: boolean;
	/** Items whose note the user opened or closed; others show their note if they have one. */
	noteOpenChoices: ReadonlyMap<string, boolean>;
	strings: ChecklistStrings;
	onNoteToggle: (itemId: string) => void;
	onNoteChange: (itemId: string, note: string) => void;
}

export function isNoteOpen(view: Pick<ListView, 'state' | 'noteOpenChoices'>, itemId: string): boolean {
	return view.noteOpenChoices.get(itemId) ?? itemNote(view.state, itemId).trim() !== '';
}

/** A step as the island sees it: enough to count progress and to announce it. */
export interface ListStep extends ChecklistOutline {
	readonly title: string;
}

/** The steps and item ids, in page order, read from the server-rendered list. */
export function readListSteps(listId: string): ListStep[] {
	const list = document.getElementById(listId);
	if (!list) return [];
	return Array.from(list.querySelectorAll<HTMLElement>(selectors.step), (step) => ({
		id: stepIdOf(step),
		title: step.querySelector(selectors.stepName)?.textContent?.trim() ?? '',
		items: Array.from(step.querySelectorAll<HTMLElement>(selectors.item), (item) => ({ id: itemIdOf(item) })),
	}));
}

/**
 * Ids the server leaves out to keep the page small, added once scripts run
 * (the only time they matter): the checkbox is described by its why text,
 * and the note button by the item text, so a screen reader hears which item
 * "Add a note" belongs to.
 */
function connectDescriptions(item: HTMLElement, itemId: string): void {
	const checkbox = item.querySelector<HTMLInputElement>(selectors.checkbox);
	const why = item.querySelector<HTMLElement>(selectors.why);
	if (checkbox && why) {
		why.id = `why-${itemId}`;
		checkbox.setAttribute('aria-describedby', why.id);
	}
	const text = item.querySelector<HTMLElement>(selectors.itemText);
	if (text) text.id = noteLabelId(itemId);
}

/** The element an item's note renders into, added on first use. */
function noteRoot(item: HTMLElement, itemId: string): HTMLElement | undefined {
	const body = item.querySelector<HTMLElement>(selectors.itemBody);
	if (!body) return undefined;
	let root = body.querySelector<HTMLElement>(`:scope > .${noteRootClass}`);
	if (!root) {
		connectDescriptions(item, itemId);
		root = document.createElement('div');
		root.className = noteRootClass;
		body.append(root);
	}
	return root;
}

/** Brings the server-rendered list in line with the state. Safe to call on every change. */
export function paintList(list: HTMLElement, view: ListView): void {
	const { state, progress, ready, strings } = view;
	for (const step of list.querySelectorAll<HTMLElement>(selectors.step)) {
		const count = progress.steps.find((entry) => entry.stepId === stepIdOf(step));
		if (!count) continue;
		const status = stepStatus(count);
		const tag = step.querySelector<HTMLElement>(selectors.stepStatus);
		if (tag) {
			tag.textContent = strings.status[status];
			tag.className = `cl-tag cl-tag--${status}`;
		}
		const text = step.querySelector<HTMLElement>(selectors.stepProgress);
		if (text) text.textContent = fill(strings.stepProgress, { done: count.done, total: count.total });
	}
	for (const item of list.querySelectorAll<HTMLElement>(selectors.item)) {
		const itemId = itemIdOf(item);
		const done = isItemDone(state, itemId);
		item.classList.toggle('is-done', done);
		const checkbox = item.querySelector<HTMLInputElement>(selectors.checkbox);
		if (checkbox) {
			checkbox.checked = done;
			checkbox.disabled = !ready;
		}
		if (!ready) continue;
		const root = noteRoot(item, itemId);
		if (!root) continue;
		render(
			<ItemNote
				itemId={itemId}
				note={itemNote(state, itemId)}
				open={isNoteOpen(view, itemId)}
				strings={strings}
				onToggle={view.onNoteToggle}
				onNoteChange={view.onNoteChange}
			/>,
			root,
		);
	}
}

/** Unmounts the notes, for when the island itself goes away. */
export function clearNotes(list: HTMLElement): void {
	for (const root of list.querySelectorAll<HTMLElement>(`.${noteRootClass}`)) render(null, root);
}

/** Reports ticks with one delegated listener; returns the unsubscribe. */
export function listenForTicks(list: HTMLElement, onDoneChange: (itemId: string, done: boolean) => void): () => void {
	function onChange(event: Event) {
		const target = event.target;
		if (!(target instanceof HTMLInputElement) || target.type !== 'checkbox') return;
		const item = target.closest<HTMLElement>(selectors.item);
		if (item) onDoneChange(itemIdOf(item), target.checked);
	}
	list.addEventListener('change', onChange);
	return () => list.removeEventListener('change', onChange);
}
