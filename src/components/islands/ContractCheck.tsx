import type { ComponentType } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../i18n/locales';
import type { ContractCheckStrings } from '../../i18n/tools/contract-check';
import type { ContractCheckActionStrings } from '../../i18n/tools/contract-check-actions';
import { evaluateCheck, type CheckSummary } from '../../lib/contract-check/evaluate';
import type { TopicOutline } from '../../lib/contract-check/rules';
import { chooseOption, emptyState, setValueText, type ContractCheckState } from '../../lib/contract-check/state';
import { contractCheckStorageKey, loadContractCheck, saveContractCheck } from '../../lib/contract-check/storage';
import { decodeContractQuery } from '../../lib/contract-check/url';
import type { KeyValueStore } from '../../lib/storage/key-value-store';
import { shouldRewriteAfterLoad, type LoadOutcome as StoredOutcome } from '../../lib/storage/saved-store';
import { fill, plural } from '../../lib/text/template';
import type { Controls as ControlsComponent, Notice, Notices as NoticesComponent } from './contract-check/Extras';
import { listenForAnswers, paintTopics, readTopicOutlines, readTopicTitles, topicsContainerId } from './contract-check/topics-dom';
import { onStoredKeyChange, writableLocalStorage } from './shared/browser-storage';

export interface ContractCheckProps {
	locale: Locale;
	/** How many topics the page lists, for the summary shown before the topics are read. */
	topicCount: number;
}

interface Props extends ContractCheckProps {
	/** The page's language's words, bundled by ContractCheckEn.tsx or ContractCheckZh.tsx. */
	strings: ContractCheckStrings;
	/** The words of the notices and controls, loaded with them after the island wakes. */
	loadActions(): Promise<ContractCheckActionStrings>;
}

interface Extras {
	Notices: typeof NoticesComponent;
	Controls: typeof ControlsComponent;
	actions: ContractCheckActionStrings;
}

/** Drops the answers from the address bar, so a reload shows the saved check. */
function forgetSharedQuery() {
	if (window.location.search) window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.hash}`);
}

type LoadOutcome = StoredOutcome<ContractCheckState>;

function storageNotices(outcome: LoadOutcome): Notice[] {
	if (outcome.kind === 'recovered') return [{ kind: 'recovered', dropped: outcome.dropped }];
	if (outcome.kind === 'reset') return [{ kind: 'reset', problem: outcome.problem === 'newer-version' ? 'newer' : 'damaged' }];
	return [];
}

/**
 * The contract check's live part. Rules, saved format and link format live
 * in src/lib/contract-check. The topics, their options and limits are read
 * from the server-rendered page (see contract-check/topics-dom.ts), so no word
 * or rule is sent twice. On load a shared link wins over the saved answers,
 * which are kept aside until the user edits; every edit is saved, and other
 * tabs' edits are followed. Notices, controls and the longer advice load
 * after the island wakes.
 */
export default function ContractCheck({ locale, topicCount, strings, loadActions }: Props) {
	const [topics, setTopics] = useState<TopicOutline[]>([]);
	const [titles, setTitles] = useState<Map<string, string>>(() => new Map());
	const [state, setState] = useState<ContractCheckState>(emptyState);
	const [ready, setReady] = useState(false);
	const [adviceLoaded, setAdviceLoaded] = useState(false);
	const [notices, setNotices] = useState<Notice[]>([]);
	const [storageAvailable, setStorageAvailable] = useState(true);
	const [announcement, setAnnouncement] = useState('');
	const [extras, setExtras] = useState<Extras | null>(null);
	const storeRef = useRef<KeyValueStore | undefined>(undefined);
	const stateRef = useRef(state);
	/** False while an unchanged shared link is shown: nothing is saved until the user edits. */
	const persistRef = useRef(false);
	const savedAsideRef = useRef<LoadOutcome | null>(null);
	const summary = useMemo<CheckSummary>(() => evaluateCheck(topics, state), [topics, state]);
	const handlersRef = useRef({ choose, typeValue });
	handlersRef.current = { choose, typeValue };

	function show(next: ContractCheckState) {
		stateRef.current = next;
		setState(next);
	}

	useEffect(() => {
		const container = document.getElementById(topicsContainerId);
		const outlines = container ? readTopicOutlines(container) : [];
		setTopics(outlines);
		if (container) setTitles(readTopicTitles(container));
		const store = writableLocalStorage();
		storeRef.current = store;
		const saved = loadContractCheck(store);
		setStorageAvailable(saved.kind !== 'unavailable');
		const link = decodeContractQuery(window.location.search, outlines);
		if (link.kind === 'decoded') {
			savedAsideRef.current = saved;
			show(link.state);
			setNotices([{ kind: 'shared', issues: link.issues, hasSaved: saved.kind !== 'empty' && saved.kind !== 'unavailable' }]);
		} else {
			if (link.kind === 'unsupported') forgetSharedQuery();
			show(saved.state);
			setNotices([...(link.kind === 'unsupported' ? [{ kind: 'link-unsupported' } as const] : []), ...storageNotices(saved)]);
			persistRef.current = true;
			if (shouldRewriteAfterLoad(saved)) saveContractCheck(store, saved.state);
		}
		setReady(true);
		void Promise.all([import('./contract-check/Extras'), loadActions()]).then(([module, actions]) =>
			setExtras({ Notices: module.Notices, Controls: module.Controls, actions }),
		);
		if (container) {
			// The advice is long and read only after the marks: fetched once the island is awake.
			void import('./contract-check/advice')
				.then(async (module) => module.paintAdvice(container, await module.loadAdvice(locale), locale, strings))
				.then(() => setAdviceLoaded(true))
				.catch(() => undefined);
		}
		const stopSyncing = onStoredKeyChange(contractCheckStorageKey, () => {
			const latest = loadContractCheck(storeRef.current);
			if (persistRef.current) show(latest.state);
			else savedAsideRef.current = latest;
		});
		const stopListening = container
			? listenForAnswers(
					container,
					(topicId, optionId) => handlersRef.current.choose(topicId, optionId),
					(topicId, text) => handlersRef.current.typeValue(topicId, text),
				)
			: undefined;
		return () => {
			stopSyncing();
			stopListening?.();
		};
	}, []);

	// Painted in the same task as the summary, so the topics never disagree with it.
	useLayoutEffect(() => {
		const container = document.getElementById(topicsContainerId);
		if (!container) return;
		paintTopics(container, { state, results: new Map(summary.results.map((result) => [result.topicId, result])), ready, strings });
	}, [state, summary, ready, strings]);

	/** Every change goes through here: it ends a shared-link view and saves. */
	function commit(next: ContractCheckState) {
		if (!persistRef.current) {
			persistRef.current = true;
			savedAsideRef.current = null;
			forgetSharedQuery();
			setNotices((current) => current.filter((notice) => notice.kind !== 'shared'));
		}
		show(next);
		if (!saveContractCheck(storeRef.current, next)) setStorageAvailable(false);
	}

	const countsText = (next: Pick<CheckSummary, 'counts'>) => fill(strings.summary.counts, next.counts);

	function choose(topicId: string, optionId: string) {
		const next = chooseOption(stateRef.current, topicId, optionId);
		commit(next);
		const result = evaluateCheck(topics, next);
		const topic = result.results.find((candidate) => candidate.topicId === topicId);
		if (topic?.answered) {
			setAnnouncement(fill(strings.announce, { topic: titles.get(topicId) ?? topicId, mark: strings.markName[topic.mark], counts: countsText(result) }));
		}
	}

	function typeValue(topicId: string, text: string) {
		commit(setValueText(stateRef.current, topicId, text));
	}

	function openSaved() {
		const saved = savedAsideRef.current;
		if (!saved) return;
		persistRef.current = true;
		savedAsideRef.current = null;
		forgetSharedQuery();
		show(saved.state);
		setNotices(storageNotices(saved));
	}

	function replace(next: ContractCheckState) {
		commit(next);
		setNotices([]);
	}

	const listOf = (mark: 'red' | 'amber') =>
		summary.results.flatMap((result) =>
			result.answered && result.mark === mark
				? [
						<li key={result.topicId}>
							<a href={`#topic-${result.topicId}`}>{titles.get(result.topicId) ?? result.topicId}</a>
						</li>,
					]
				: [],
		);
	// Before the topics are read (and on the server), every topic counts as not answered.
	const counts = ready ? summary.counts : { red: 0, amber: 0, green: 0, unanswered: topicCount };
	const red = listOf('red');
	const amber = listOf('amber');
	const Notices: ComponentType<Parameters<typeof NoticesComponent>[0]> | undefined = extras?.Notices;
	const Controls: ComponentType<Parameters<typeof ControlsComponent>[0]> | undefined = extras?.Controls;
	return (
		<div class="cc-panel" data-ready={ready ? 'true' : 'false'} data-advice={adviceLoaded ? 'loaded' : 'pending'}>
			{Notices && extras && <Notices locale={locale} actions={extras.actions} notices={notices} storageAvailable={storageAvailable} onOpenSaved={openSaved} />}
			<p class="cc-counts" data-counts>
				{countsText({ counts })}
			</p>
			<p class="cc-summary-line">{counts.unanswered === 0 ? strings.summary.allAnswered : plural(locale, strings.summary.someUnanswered, counts.unanswered)}</p>
			<div class="cc-lists">
				<div class="cc-list cc-list--red">
					<h3>{strings.summary.redHeading}</h3>
					{red.length ? <ul data-red-list>{red}</ul> : <p>{strings.summary.noneRed}</p>}
				</div>
				{amber.length > 0 && (
					<div class="cc-list cc-list--amber">
						<h3>{strings.summary.amberHeading}</h3>
						<ul>{amber}</ul>
					</div>
				)}
			</div>
			{Controls && extras && (
				<Controls
					locale={locale}
					actions={extras.actions}
					topics={topics}
					ready={ready}
					storageAvailable={storageAvailable}
					getState={() => stateRef.current}
					replace={replace}
				/>
			)}
			<p class="visually-hidden" role="status" aria-live="polite">
				{announcement}
			</p>
		</div>
	);
}
