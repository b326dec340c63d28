import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../i18n/locales';
import type { ChecklistStrings } from '../../i18n/tools/checklist';
import type { TransferFileStrings } from '../../i18n/tools/transfer';
import { fill, plural } from '../../lib/text/template';
import { Notice } from './shared/Notice';
import { emptyChecklistState, setItemDone, setItemNote, summarizeProgress, type ChecklistState } from '../../lib/checklist/state';
import { checklistStorageKey, loadChecklist, saveChecklist } from '../../lib/checklist/storage';
import { maxSavedTextLength } from '../../lib/checklist/saved-format';
import type { KeyValueStore } from '../../lib/storage/key-value-store';
import { shouldRewriteAfterLoad, type LoadOutcome } from '../../lib/storage/saved-store';
import { clearNotes, isNoteOpen, listenForTicks, paintList, readListSteps, type ListStep } from './checklist/list-dom';
import { TransferActions } from './shared/TransferActions';
import { onStoredKeyChange, writableLocalStorage } from './shared/browser-storage';

export interface ChecklistProps {
	locale: Locale;
	/** The id of the server-rendered list this island brings to life. */
	listId: string;
	/** How many items the list holds, for the progress shown before the list is read. */
	itemTotal: number;
}

interface Notice {
	tone: 'warning' | 'error';
	text: string;
}

/**
 * The hiring checklist's live part. All decisions about the saved data live
 * in src/lib/checklist; this component wires them to the page: it loads
 * once, saves on every change, tells the user when either goes wrong, and
 * keeps the server-rendered list (see checklist/list-dom.tsx) in step with the state.
 * The page loads it through ChecklistEn or ChecklistZh, which bundle one language's strings.
 */
export default function Checklist({
	locale,
	strings,
	loadFileStrings,
	listId,
	itemTotal,
}: ChecklistProps & { strings: ChecklistStrings; loadFileStrings: () => Promise<TransferFileStrings> }) {
	// Read from the list itself rather than passed in, so no item id or title is sent twice.
	const [steps] = useState<ListStep[]>(() => (typeof document === 'undefined' ? [] : readListSteps(listId)));
	const [noteOpenChoices, setNoteOpenChoices] = useState<ReadonlyMap<string, boolean>>(() => new Map());
	const [state, setState] = useState<ChecklistState>(emptyChecklistState);
	const [ready, setReady] = useState(false);
	/** What loading found wrong with the saved data; cleared once the user replaces it. */
	const [loadNotice, setLoadNotice] = useState<Notice | null>(null);
	const [storageUnavailable, setStorageUnavailable] = useState(false);
	const [announcement, setAnnouncement] = useState('');
	const storeRef = useRef<KeyValueStore | undefined>(undefined);
	const stateRef = useRef(state);
	const progress = useMemo(() => summarizeProgress(steps, state), [steps, state]);
	// The handlers change every render; the list's listeners are attached once and call the latest.
	const handlersRef = useRef({ handleDoneChange, handleNoteChange, handleNoteToggle });
	handlersRef.current = { handleDoneChange, handleNoteChange, handleNoteToggle };

	function noticeFor(outcome: LoadOutcome<ChecklistState>): Notice | null {
		switch (outcome.kind) {
			case 'recovered':
				return { tone: 'warning', text: plural(locale, strings.recovered, outcome.dropped) };
			case 'reset':
				// Only data from a newer release is not damage.
				return { tone: 'error', text: strings.reset[outcome.problem === 'newer-version' ? 'newer' : 'damaged'] };
			default:
				return null;
		}
	}

	useEffect(() => {
		const store = writableLocalStorage();
		storeRef.current = store;
		const outcome = loadChecklist(store, new Date());
		stateRef.current = outcome.state;
		setState(outcome.state);
		setLoadNotice(noticeFor(outcome));
		setStorageUnavailable(outcome.kind === 'unavailable');
		if (shouldRewriteAfterLoad(outcome)) saveChecklist(store, outcome.state);
		setReady(true);

		// Another tab changed the checklist: show its version rather than overwrite it later.
		const stopSyncing = onStoredKeyChange(checklistStorageKey, () => {
			const latest = loadChecklist(storeRef.current, new Date());
			stateRef.current = latest.state;
			setState(latest.state);
		});
		const list = document.getElementById(listId);
		const stopListening = list ? listenForTicks(list, (itemId, done) => handlersRef.current.handleDoneChange(itemId, done)) : undefined;
		return () => {
			stopSyncing();
			stopListening?.();
			if (list) clearNotes(list);
		};
	}, []);

	// A layout effect, so the list is painted in the same task as the panel it belongs to: nobody
	// (a user or a test) ever sees the panel say "ready" beside ticks it has not drawn yet.
	useLayoutEffect(() => {
		const list = document.getElementById(listId);
		if (!list) return;
		paintList(list, {
			state,
			progress,
			ready,
			noteOpenChoices,
			strings,
			onNoteToggle: (itemId) => handlersRef.current.handleNoteToggle(itemId),
			onNoteChange: (itemId, note) => handlersRef.current.handleNoteChange(itemId, note),
		});
	}, [state, progress, ready, noteOpenChoices, strings, listId]);

	function commit(next: ChecklistState) {
		stateRef.current = next;
		setState(next);
		if (!saveChecklist(storeRef.current, next)) setStorageUnavailable(true);
	}

	function handleDoneChange(itemId: string, done: boolean) {
		const next = setItemDone(stateRef.current, itemId, done, new Date());
		commit(next);
		const stepIndex = steps.findIndex((step) => step.items.some((item) => item.id === itemId));
		const step = steps[stepIndex];
		const nextProgress = summarizeProgress(steps, next);
		const stepProgress = nextProgress.steps[stepIndex];
		if (!step || !stepProgress) return;
		setAnnouncement(
			fill(strings.announce, {
				step: step.title,
				stepDone: stepProgress.done,
				stepTotal: stepProgress.total,
				done: nextProgress.overall.done,
				total: nextProgress.overall.total,
			}),
		);
	}

	function handleNoteChange(itemId: string, note: string) {
		commit(setItemNote(stateRef.current, itemId, note, new Date()));
	}

	function handleNoteToggle(itemId: string) {
		setNoteOpenChoices((choices) => {
			const next = new Map(choices);
			next.set(itemId, !isNoteOpen({ state: stateRef.current, noteOpenChoices: choices }, itemId));
			return next;
		});
	}

	// Export and import files are made and read by code that loads when a button is used.
	async function exportFile(now: Date) {
		const { exportFileName, serializeExport, buildExport, checklistExportFormat } = await import('./checklist/file-code');
		return { fileName: exportFileName(checklistExportFormat, now), text: serializeExport(buildExport(stateRef.current, locale, now)) };
	}

	async function importText(text: string, byteSize: number) {
		const { importChecklist } = await import('./checklist/file-code');
		const result = importChecklist(text, steps, new Date(), byteSize);
		if (result.ok) {
			commit(result.state);
			setLoadNotice(null);
		}
		return result;
	}

	function handleReset() {
		commit(emptyChecklistState());
		setLoadNotice(null);
	}

	const overall = { done: progress.overall.done, total: itemTotal };
	return (
		<div class="cl-panel" data-ready={ready ? 'true' : 'false'}>
			{storageUnavailable && (
				<Notice tone="warning" class="cl-notice" role="alert">
					<p>{strings.storageUnavailable}</p>
				</Notice>
			)}
			{loadNotice && (
				<Notice tone={loadNotice.tone} class="cl-notice" role="alert">
					<p>{loadNotice.text}</p>
				</Notice>
			)}
			<div class="cl-overall">
				<h2 id="cl-overall-heading" class="cl-overall__heading">
					{strings.overallHeading}
				</h2>
				<progress class="cl-overall__bar" max={overall.total} value={overall.done} aria-labelledby="cl-overall-heading" aria-describedby="cl-overall-text" />
				<p id="cl-overall-text" class="cl-overall__text">
					{fill(strings.overallProgress, { done: overall.done, total: overall.total })}
				</p>
				<p class="visually-hidden" role="status" aria-live="polite">
					{announcement}
				</p>
			</div>
			<TransferActions
				locale={locale}
				strings={strings.tools}
				fileStrings={loadFileStrings}
				idPrefix="cl"
				class="cl-tools"
				headingLevel={2}
				note={strings.savedLocally}
				ready={ready}
				exportFile={exportFile}
				maxImportBytes={maxSavedTextLength}
				importText={importText}
				onReset={handleReset}
			/>
		</div>
	);
}
