import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../i18n/locales';
import type { ScorecardIslandStrings } from '../../i18n/tools/scorecard';
import type { ScorecardNoticeStrings } from '../../i18n/tools/scorecard-notices';
import { announceRanking, type ExplainContext } from '../../lib/scorecard/explain';
import { fill, plural } from '../../lib/text/template';
import { numberFormat } from '../../lib/format/intl';
import { formatList } from '../../lib/format/list';
import { rankAgencies } from '../../lib/scorecard/scoring';
import {
	addAgency,
	addCustomCriterion,
	customCriteria,
	defaultState,
	removeAgency,
	removeCustomCriterion,
	renameAgency,
	renameCustomCriterion,
	setScore,
	setWeight,
} from '../../lib/scorecard/state';
import { clearScorecard, loadScorecard, saveScorecard, STORAGE_KEY, type LoadOutcome } from '../../lib/scorecard/storage';
import type { ScorecardState } from '../../lib/scorecard/types';
import { buildShareUrl, decodeScorecardQuery } from '../../lib/scorecard/url';
import { parseWeightInput } from '../../lib/scorecard/weights';
import type { KeyValueStore } from '../../lib/storage/key-value-store';
import { Actions } from './scorecard/Actions';
import { CriteriaSection, addCustomButtonId, customNameInputId } from './scorecard/CriteriaSection';
import type { Notice, Notices as NoticesComponent } from './scorecard/Notices';
import { Results } from './scorecard/Results';
import { ScoreGrid, addAgencyButtonId, agencyNameInputId } from './scorecard/ScoreGrid';
import type { CriterionText, View } from './scorecard/types';
import { onStoredKeyChange, writableLocalStorage } from './shared/browser-storage';
import './scorecard/scorecard.css';

export interface ScorecardProps {
	locale: Locale;
	strings: ScorecardIslandStrings;
	criteria: CriterionText[];
}

/** Waits this long after the last change before telling screen readers the new leader. */
const ANNOUNCE_DELAY_MS = 800;

function noticesForStorage(outcome: LoadOutcome): Notice[] {
	const notices: Notice[] = [];
	if (!outcome.available) notices.push({ kind: 'storage-unavailable' });
	const reset = outcome.issues.find((issue) => issue.kind === 'unreadable' || issue.kind === 'unsupported-version');
	if (reset) notices.push({ kind: 'storage-reset', reason: reset.kind === 'unreadable' ? 'unreadable' : 'unsupported-version' });
	else if (outcome.issues.length) notices.push({ kind: 'storage-issues', issues: outcome.issues });
	return notices;
}

/** Drops the scorecard query from the address bar, so a reload shows the saved scorecard. */
function forgetSharedQuery() {
	if (!window.location.search) return;
	window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.hash}`);
}

/**
 * The agency scorecard. Scoring, saving and link rules live in
 * src/lib/scorecard; this component holds the state, wires the inputs to
 * those rules and tells the user what happened.
 */
export default function Scorecard({ locale, strings, criteria }: ScorecardProps) {
	const [state, setState] = useState<ScorecardState>(defaultState);
	const [drafts, setDrafts] = useState<Record<string, string>>({});
	const [notices, setNotices] = useState<Notice[]>([]);
	const [storageAvailable, setStorageAvailable] = useState(true);
	const [announcement, setAnnouncement] = useState('');
	/** Loaded only when there is something to tell, with the page's language's words only: most visits never need it. */
	const [noticesPart, setNoticesPart] = useState<{ View: typeof NoticesComponent; strings: ScorecardNoticeStrings } | null>(null);
	/** Set once saved data or a shared link has been read; tests and styles can wait for it. */
	const [ready, setReady] = useState(false);
	const storeRef = useRef<KeyValueStore | undefined>(undefined);
	/** Saved scorecard kept aside while a shared link is shown, so the user can switch back. */
	const savedAsideRef = useRef<LoadOutcome | null>(null);
	/** False until loading is done, and while an unchanged shared link is shown. */
	const persistRef = useRef(false);
	const editedRef = useRef(false);
	const focusAfterRenderRef = useRef<string | null>(null);
	const lastAnnouncedRef = useRef<string | null>(null);

	const view = useMemo<View>(() => {
		const texts = new Map(criteria.map((text) => [text.id, text]));
		const scoreFormat = numberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
		const letters = 'ABCDE';
		const customLabel = (criterionId: string) => {
			const custom = customCriteria(state);
			const criterion = custom.find((candidate) => candidate.id === criterionId);
			const number = custom.findIndex((candidate) => candidate.id === criterionId) + 1;
			return criterion?.label.trim() || fill(strings.customPlaceholder, { number });
		};
		return {
			strings,
			locale,
			texts,
			agencyName: (agencyId) => {
				const position = state.agencies.findIndex((agency) => agency.id === agencyId);
				const name = state.agencies[position]?.name.trim();
				return name || fill(strings.agencyPlaceholder, { letter: letters[position] ?? String(position + 1) });
			},
			criterionLabel: (criterionId) => texts.get(criterionId)?.label ?? customLabel(criterionId),
			criterionShortLabel: (criterionId) => texts.get(criterionId)?.shortLabel ?? customLabel(criterionId),
			// Whole percentages read best; below 1% a decimal keeps a small weight from showing as 0%.
			formatShare: (share) => numberFormat(locale, { style: 'percent', maximumFractionDigits: share > 0 && share < 0.01 ? 1 : 0 }).format(share),
			formatScore: (hundredths) => scoreFormat.format(hundredths / 100),
			fill,
			plural: (forms, count) => plural(locale, forms, count),
		};
	}, [locale, strings, criteria, state]);

	const explain = useMemo<ExplainContext>(() => {
		return {
			templates: strings.reasons,
			agencyName: view.agencyName,
			criterionName: (criterionId) => view.texts.get(criterionId)?.inSentence ?? view.criterionLabel(criterionId),
			formatScore: view.formatScore,
			formatShare: view.formatShare,
			formatList: (items) => formatList(items, locale),
		};
	}, [locale, strings, view]);

	const ranking = useMemo(() => rankAgencies(state), [state]);

	// Load once: a shared link wins over the saved scorecard, which is kept aside untouched.
	useEffect(() => {
		const store = writableLocalStorage();
		storeRef.current = store;
		const saved = loadScorecard(store);
		setStorageAvailable(saved.available);
		const link = decodeScorecardQuery(window.location.search);
		setReady(true);
		if (link.kind === 'decoded') {
			savedAsideRef.current = saved;
			setState(link.state);
			setNotices([{ kind: 'shared', issues: link.issues, hasSaved: saved.found }, ...(saved.available ? [] : [{ kind: 'storage-unavailable' } as const])]);
		} else {
			if (link.kind === 'unsupported') forgetSharedQuery();
			setState(saved.state);
			setNotices([...(link.kind === 'unsupported' ? [{ kind: 'link-unsupported' } as const] : []), ...noticesForStorage(saved)]);
			// From here every state is saved, starting with what was recovered, so the
			// same repair is not reported again on the next visit.
			persistRef.current = true;
		}
		return onStoredKeyChange(STORAGE_KEY, followOtherTab);
	}, []);

	useEffect(() => {
		// Not before the saved scorecard has replaced the first render's empty one.
		if (!ready || !persistRef.current) return;
		const saved = saveScorecard(storeRef.current, state);
		if (!saved && storageAvailable) {
			setStorageAvailable(false);
			setNotices((current) => [...current.filter((notice) => notice.kind !== 'storage-unavailable'), { kind: 'storage-unavailable' }]);
		}
	}, [state, ready]);

	// Effects run after paint, so an earlier render's effect may see the target before
	// it exists: keep the request until the element is there.
	useEffect(() => {
		const id = focusAfterRenderRef.current;
		const target = id ? document.getElementById(id) : null;
		if (!target) return;
		focusAfterRenderRef.current = null;
		target.focus();
	});

	useEffect(() => {
		if (!notices.length || noticesPart) return;
		const words = locale === 'zh' ? import('../../i18n/tools/scorecard-notices-zh') : import('../../i18n/tools/scorecard-notices-en');
		void Promise.all([import('./scorecard/Notices'), words]).then(([module, loaded]) => setNoticesPart({ View: module.Notices, strings: loaded.default }));
	}, [notices, noticesPart]);

	// Tell screen readers who leads, once the user pauses; only after they change something.
	useEffect(() => {
		if (!editedRef.current) return;
		const timer = window.setTimeout(() => {
			const text = announceRanking(ranking, explain);
			if (text && text !== lastAnnouncedRef.current) {
				lastAnnouncedRef.current = text;
				setAnnouncement(text);
			}
		}, ANNOUNCE_DELAY_MS);
		return () => window.clearTimeout(timer);
	}, [ranking, explain]);

	/**
	 * Every edit goes through here: it ends a shared-link view and starts saving.
	 * Takes an update function so quick successive events never work on stale state.
	 */
	function change(next: ScorecardState | ((current: ScorecardState) => ScorecardState)) {
		editedRef.current = true;
		if (!persistRef.current) {
			persistRef.current = true;
			savedAsideRef.current = null;
			forgetSharedQuery();
			setNotices((current) => current.filter((notice) => notice.kind !== 'shared'));
		}
		setState(next);
	}

	/**
	 * Another tab saved a newer scorecard: show it rather than overwrite it with
	 * the next edit here. While a shared link is on screen, it only replaces the
	 * saved scorecard kept aside. Weights half-typed here that do not parse yet
	 * stay in their fields; they were never saved, so nothing else holds them.
	 */
	function followOtherTab() {
		const latest = loadScorecard(storeRef.current);
		if (!persistRef.current) {
			savedAsideRef.current = latest;
			setNotices((current) => current.map((notice) => (notice.kind === 'shared' ? { ...notice, hasSaved: latest.found } : notice)));
			return;
		}
		const criterionIds = new Set(latest.state.criteria.map((criterion) => criterion.id));
		setDrafts((current) =>
			Object.fromEntries(Object.entries(current).filter(([criterionId, text]) => criterionIds.has(criterionId) && !parseWeightInput(text).ok)),
		);
		setState(latest.state);
	}

	function say(text: string) {
		lastAnnouncedRef.current = null;
		setAnnouncement(text);
	}

	function handleWeightInput(criterionId: string, text: string) {
		setDrafts((current) => ({ ...current, [criterionId]: text }));
		const parsed = parseWeightInput(text);
		if (parsed.ok) change((current) => setWeight(current, criterionId, parsed.value));
	}

	function handleWeightBlur(criterionId: string) {
		const draft = drafts[criterionId];
		if (draft === undefined) return;
		const parsed = parseWeightInput(draft);
		// A valid entry is rewritten in its plain form ("１５" → "15"); an invalid one stays for the user to fix.
		if (parsed.ok) {
			setDrafts((current) => {
				const next = { ...current };
				delete next[criterionId];
				return next;
			});
		}
	}

	function handleAddAgency() {
		const next = addAgency(state);
		const added = next.agencies.at(-1);
		if (next === state || !added) return;
		focusAfterRenderRef.current = agencyNameInputId(added.id);
		change(next);
		say(strings.announce.agencyAdded);
	}

	function handleRemoveAgency(agencyId: string) {
		const name = view.agencyName(agencyId);
		const position = state.agencies.findIndex((agency) => agency.id === agencyId);
		const next = removeAgency(state, agencyId);
		if (next === state) return;
		const neighbour = next.agencies[Math.min(position, next.agencies.length - 1)];
		focusAfterRenderRef.current = neighbour ? agencyNameInputId(neighbour.id) : addAgencyButtonId;
		change(next);
		say(fill(strings.announce.agencyRemoved, { agency: name }));
	}

	function handleAddCustom() {
		const next = addCustomCriterion(state);
		const added = customCriteria(next).at(-1);
		if (next === state || !added) return;
		focusAfterRenderRef.current = customNameInputId(added.id);
		change(next);
		say(strings.announce.criterionAdded);
	}

	function handleRemoveCustom(criterionId: string) {
		const label = view.criterionLabel(criterionId);
		focusAfterRenderRef.current = addCustomButtonId;
		setDrafts((current) => {
			const next = { ...current };
			delete next[criterionId];
			return next;
		});
		change((current) => removeCustomCriterion(current, criterionId));
		say(fill(strings.announce.criterionRemoved, { criterion: label }));
	}

	function handleReset() {
		clearScorecard(storeRef.current);
		setDrafts({});
		setNotices((current) => current.filter((notice) => notice.kind === 'storage-unavailable'));
		focusAfterRenderRef.current = 'sc-criteria-heading';
		change(defaultState());
		say(strings.actions.resetDone);
	}

	function handleOpenSaved() {
		const saved = savedAsideRef.current;
		if (!saved) return;
		persistRef.current = true;
		savedAsideRef.current = null;
		forgetSharedQuery();
		setDrafts({});
		setState(saved.state);
		setNotices(noticesForStorage(saved));
		say(strings.announce.openedSaved);
	}

	return (
		<div class="scorecard" data-ready={ready ? 'true' : 'false'}>
			{noticesPart && notices.length > 0 && (
				<noticesPart.View
					view={view}
					strings={noticesPart.strings}
					notices={notices}
					onDismiss={(dismissed) => setNotices((current) => current.filter((notice) => notice !== dismissed))}
					onOpenSaved={handleOpenSaved}
				/>
			)}
			<CriteriaSection
				view={view}
				state={state}
				drafts={drafts}
				onWeightInput={handleWeightInput}
				onWeightBlur={handleWeightBlur}
				onRenameCustom={(criterionId, label) => change((current) => renameCustomCriterion(current, criterionId, label))}
				onAddCustom={handleAddCustom}
				onRemoveCustom={handleRemoveCustom}
			/>
			<ScoreGrid
				view={view}
				state={state}
				onRename={(agencyId, name) => change((current) => renameAgency(current, agencyId, name))}
				onScore={(agencyId, criterionId, score) => change((current) => setScore(current, agencyId, criterionId, score))}
				onAdd={handleAddAgency}
				onRemove={handleRemoveAgency}
			/>
			<Results view={view} ranking={ranking} explain={explain} />
			<Actions view={view} storageAvailable={storageAvailable} shareUrl={() => buildShareUrl(window.location.href, state)} onReset={handleReset} />
			<p class="visually-hidden" aria-live="polite" aria-atomic="true">
				{announcement}
			</p>
		</div>
	);
}
