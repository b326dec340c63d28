import type { KeyValueStore } from '../storage/key-value-store';
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
const isoTimePattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;

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

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

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

type Migration = (document: Record<string, unknown>) => Record<string, unknown> | undefined;
/** None yet: version 1 is the first. The loop below is ready for them. */
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
		const valid =
			isStepId(id) &&
			typeof time === 'string' &&
			isoTimePattern.test(time) &&
			!Number.isNaN(Date.parse(time)) &&
			Object.keys(done).length < maxDoneEntries;
		if (valid) done[id] = time;
		else dropped += 1;
	}
	return { done, dropped };
}

/** Reads saved text of any known version. Never throws. */
export function readExitText(text: string): ExitLoad {
	if (text.length > maxSavedTextLength) return { kind: 'reset', problem: 'too-large' };
	let document: unknown;
	try {
		document = JSON.parse(text);
	} catch {
		return { kind: 'reset', problem: 'not-json' };
	}
	if (!isPlainObject(document)) return { kind: 'reset', problem: 'not-an-object' };
	const version = document.version;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
		return { kind: 'reset', problem: 'unknown-version' };
	}
	if (version > exitSavedVersion) return { kind: 'reset', problem: 'newer-version' };
	let current: Record<string, unknown> = document;
	for (let step = version; step < exitSavedVersion; step += 1) {
		const next = migrations[step]?.(current);
		if (!next) return { kind: 'reset', problem: 'unknown-version' };
		current = next;
	}
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
	if (!store) return { kind: 'unavailable' };
	let text: string | null;
	try {
		text = store.getItem(exitStorageKey);
	} catch {
		return { kind: 'unavailable' };
	}
	return text === null ? { kind: 'empty' } : readExitText(text);
}

/** False when the browser refused the write. */
export function saveExitPlan(store: KeyValueStore | undefined, state: ExitState): boolean {
	if (!store) return false;
	try {
		store.setItem(exitStorageKey, serializeExitState(state));
		return true;
	} catch {
		return false;
	}
}
