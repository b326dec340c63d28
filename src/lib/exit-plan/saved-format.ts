import type { KeyValueStore } from '../storage/key-value-store';
import { isIsoTimestamp, isPlainObject, migrateToCurrent, parseSavedJson, type Migration } from '../storage/saved-document';
import { readStoredText, writeStoredText } from '../storage/saved-store';
import { isIsoDay } from './dates';
import { exampleInputs, isNoticeDays, isRegisteredTo, isTakeover, type ExitInputs } from './inputs';

/**
 * How an exit plan is kept in the browser: the inputs and which steps are
 * ticked (with when), by step id. Dates are not stored: they follow from
 * the inputs, so a fixed bug in the dates reaches saved plans too.
 *
 * Version history:
 * - 1 (current): `{ version: 1, inputs: {...}, done: { [stepId]: isoTime } }`.
 *
 * To change the format: add version 2, a migration from 1 to 2 in
 * `migrations`, and bump `exitSavedVersion`, as src/lib/checklist does.
 */
export const exitSavedVersion = 1;
export const exitStorageKey = 'tmall-guide:exit-plan';
export const maxSavedTextLength = 64 * 1024;
/** Far more steps than the plan has; a bound so hostile data can't bloat storage. */
export const maxDoneEntries = 100;

const stepIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface ExitState {
	readonly inputs: ExitInputs;
	/** Ticked steps and when they were ticked. Ticks of steps the current inputs hide are kept. */
	readonly done: Readonly<Record<string, string>>;
}

export type ExitReadProblem = 'too-large' | 'not-json' | 'not-an-object' | 'unknown-version' | 'newer-version';

export type ExitLoad =
	| { kind: 'empty' }
	| { kind: 'unavailable' }
	| { kind: 'restored'; state: ExitState }
	/** Read, but `dropped` parts were unreadable and replaced or removed. */
	| { kind: 'recovered'; state: ExitState; dropped: number }
	| { kind: 'reset'; problem: ExitReadProblem };

export function isStepId(value: unknown): value is string {
	return typeof value === 'string' && value.length <= 60 && stepIdPattern.test(value);
}

export function emptyExitState(inputs: ExitInputs = exampleInputs): ExitState {
	return { inputs, done: {} };
}

export function setStepDone(state: ExitState, stepId: string, done: boolean, now: Date): ExitState {
	if (!isStepId(stepId)) return state;
	const next: Record<string, string> = { ...state.done };
	if (done) next[stepId] = now.toISOString();
	else delete next[stepId];
	return { inputs: state.inputs, done: next };
}

export function isStepDone(state: ExitState, stepId: string): boolean {
	return Object.hasOwn(state.done, stepId);
}

/** None yet: version 1 is the first. `migrateToCurrent` is ready for them. */
const migrations: Record<number, Migration> = {};

/** Reads the inputs field by field; each unreadable field falls back to the example and counts as dropped. */
function readInputs(raw: unknown): { inputs: ExitInputs; dropped: number } {
	const source = isPlainObject(raw) ? raw : {};
	let dropped = isPlainObject(raw) ? 0 : 1;
	const pick = <T>(value: unknown, valid: (candidate: unknown) => candidate is T, fallback: T): T => {
		if (valid(value)) return value;
		if (isPlainObject(raw)) dropped += 1;
		return fallback;
	};
	const inputs: ExitInputs = {
		mode: pick(source.mode, (value): value is 'date' | 'now' => value === 'date' || value === 'now', exampleInputs.mode),
		endDate: pick(source.endDate, isIsoDay, exampleInputs.endDate),
		noticeDays: pick(source.noticeDays, isNoticeDays, exampleInputs.noticeDays),
		registeredTo: pick(source.registeredTo, isRegisteredTo, exampleInputs.registeredTo),
		takeover: pick(source.takeover, isTakeover, exampleInputs.takeover),
		entityChange: pick(source.entityChange, (value): value is boolean => typeof value === 'boolean', exampleInputs.entityChange),
	};
	return { inputs, dropped };
}

function readDone(raw: unknown): { done: Record<string, string>; dropped: number } {
	const done: Record<string, string> = {};
	if (raw === undefined) return { done, dropped: 0 };
	if (!isPlainObject(raw)) return { done, dropped: 1 };
	let dropped = 0;
	for (const id of Object.keys(raw)) {
		const time = raw[id];
		const valid = isStepId(id) && isIsoTimestamp(time) && Object.keys(done).length < maxDoneEntries;
		if (valid) done[id] = time;
		else dropped += 1;
	}
	return { done, dropped };
}

/** Reads saved text of any known version. Never throws. */
export function readExitText(text: string): ExitLoad {
	const parsed = parseSavedJson(text, maxSavedTextLength);
	if (!parsed.ok) return { kind: 'reset', problem: parsed.problem };
	const migrated = migrateToCurrent(parsed.document, { version: exitSavedVersion, migrations });
	// A migration that cannot read its version's body leaves nothing to show: as good as unknown.
	if (!migrated.ok) return { kind: 'reset', problem: migrated.problem === 'invalid-body' ? 'unknown-version' : migrated.problem };
	const current = migrated.document;
	const inputs = readInputs(current.inputs);
	const done = readDone(current.done);
	const state: ExitState = { inputs: inputs.inputs, done: done.done };
	const dropped = inputs.dropped + done.dropped;
	return dropped > 0 ? { kind: 'recovered', state, dropped } : { kind: 'restored', state };
}

export function serializeExitState(state: ExitState): string {
	return JSON.stringify({ version: exitSavedVersion, inputs: state.inputs, done: state.done });
}

/** Loads the saved plan. Never throws, whatever storage holds or refuses. */
export function loadExitPlan(store: KeyValueStore | undefined): ExitLoad {
	const stored = readStoredText(store, exitStorageKey);
	return stored.kind === 'text' ? readExitText(stored.text) : stored;
}

/** False when the browser refused the write. */
export function saveExitPlan(store: KeyValueStore | undefined, state: ExitState): boolean {
	return writeStoredText(store, exitStorageKey, serializeExitState(state));
}
