import { useEffect, useState } from 'preact/hooks';
import type { CalculatorDraft } from '../../../lib/fees/draft';

/**
 * The calculator is two islands: the form and results hydrate on load, the
 * analysis below (break-evens, chart, sensitivity, margin) when scrolled into
 * view, which keeps the page's on-load JavaScript within budget. They share
 * one draft through this module, which both bundles import once.
 */
interface SharedDraft {
	draft: CalculatorDraft | null;
	/** The user has changed something (a shared link being read does not count). */
	edited: boolean;
	/** The analysis island has hydrated, so its figures follow the form. */
	analysisAwake: boolean;
	listeners: Set<() => void>;
}

const shared = new Map<string, SharedDraft>();

export function sharedDraft(id: string): SharedDraft {
	let entry = shared.get(id);
	if (!entry) {
		entry = { draft: null, edited: false, analysisAwake: false, listeners: new Set() };
		shared.set(id, entry);
	}
	return entry;
}

export type UpdateDraft = (change: (current: CalculatorDraft) => CalculatorDraft, byUser?: boolean) => void;

/**
 * The shared draft as component state. The first render uses `initial`, the
 * same example the server rendered, so hydration reuses the server's HTML;
 * the shared value (perhaps read from a link) arrives right after.
 */
export function useSharedDraft(id: string, initial: () => CalculatorDraft): [CalculatorDraft, UpdateDraft, boolean] {
	const entry = sharedDraft(id);
	const [draft, setDraft] = useState(initial);
	const [edited, setEdited] = useState(false);
	useEffect(() => {
		entry.draft ??= draft;
		const sync = () => {
			setDraft(entry.draft as CalculatorDraft);
			setEdited(entry.edited);
		};
		entry.listeners.add(sync);
		sync();
		return () => {
			entry.listeners.delete(sync);
		};
	}, []);
	const update: UpdateDraft = (change, byUser = true) => {
		entry.draft = change(entry.draft ?? draft);
		entry.edited ||= byUser;
		for (const listener of entry.listeners) listener();
	};
	return [draft, update, edited];
}
