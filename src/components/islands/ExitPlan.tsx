import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../i18n/locales';
import type { ExitPlanStrings } from '../../i18n/tools/exit-plan';
import { fill } from '../../lib/text/template';
import { isIsoDay, localIsoDay, maxIsoDay, minIsoDay } from '../../lib/exit-plan/dates';
import { formatDayWithWeekday } from '../../lib/format/day';
import { buildCalendar, calendarFileName } from '../../lib/exit-plan/ics';
import { exampleInputs, parseNoticeDays, sameInputs, type ExitInputs } from '../../lib/exit-plan/inputs';
import { buildPlan } from '../../lib/exit-plan/plan';
import {
	emptyExitState,
	exitStorageKey,
	isStepDone,
	loadExitPlan,
	saveExitPlan,
	setStepDone,
	type ExitLoad,
	type ExitState,
} from '../../lib/exit-plan/saved-format';
import { buildExitShareUrl, decodeExitQuery } from '../../lib/exit-plan/url';
import type { KeyValueStore } from '../../lib/storage/key-value-store';
import { shouldRewriteAfterLoad } from '../../lib/storage/saved-store';
import { Choice } from './exit-plan/Choice';
import { PlanWarnings } from './exit-plan/PlanWarnings';
import { onStoredKeyChange, writableLocalStorage } from './shared/browser-storage';
import { copyToClipboard } from './shared/clipboard';
import { downloadTextFile } from './shared/download';
import { Notice as NoticeBox } from './shared/Notice';

export interface StepText {
	id: string;
	title: string;
	detail: string;
}

interface Props {
	/** The page's language; the strings and steps passed in are already in it. */
	locale: Locale;
	strings: ExitPlanStrings;
	steps: StepText[];
	/** The build's day, standing in for "today" until the browser says which day it is. */
	buildDay: string;
}

interface Notice {
	tone: 'warning' | 'error';
	text: string;
	offerSaved?: boolean;
}

/**
 * The exit plan's live part: the answers, the dated plan with its ticks,
 * and the calendar, link and print actions. Every decision lives in
 * src/lib/exit-plan; this component loads once, saves on each change,
 * follows other tabs, and says plainly when saved data or a link was bad.
 */
export default function ExitPlan({ locale, strings: t, steps, buildDay }: Props) {
	const [state, setState] = useState<ExitState>(() => emptyExitState());
	const [today, setToday] = useState(buildDay);
	const [ready, setReady] = useState(false);
	const [endDraft, setEndDraft] = useState(exampleInputs.endDate);
	const [noticeDraft, setNoticeDraft] = useState(String(exampleInputs.noticeDays));
	const [endError, setEndError] = useState(false);
	const [noticeError, setNoticeError] = useState(false);
	const [notices, setNotices] = useState<Notice[]>([]);
	const [storageUnavailable, setStorageUnavailable] = useState(false);
	const [fromLink, setFromLink] = useState(false);
	const [touched, setTouched] = useState(false);
	const [message, setMessage] = useState('');
	const [announcement, setAnnouncement] = useState('');
	const [pageUrl, setPageUrl] = useState('');
	const storeRef = useRef<KeyValueStore | undefined>(undefined);
	const stateRef = useRef(state);
	const fromLinkRef = useRef(false);

	const plan = useMemo(() => buildPlan(state.inputs, today), [state.inputs, today]);
	const textById = useMemo(() => new Map(steps.map((step) => [step.id, step])), [steps]);
	const formatDay = (isoDay: string) => formatDayWithWeekday(isoDay, locale) ?? isoDay;
	const doneCount = plan.steps.filter((step) => isStepDone(state, step.id)).length;

	function show(next: ExitState) {
		stateRef.current = next;
		setState(next);
		setEndDraft(next.inputs.endDate);
		setNoticeDraft(String(next.inputs.noticeDays));
		setEndError(false);
		setNoticeError(false);
	}

	function loadNotice(outcome: ExitLoad): Notice | undefined {
		if (outcome.kind === 'recovered') return { tone: 'warning', text: t.recovered };
		if (outcome.kind === 'reset') return { tone: 'error', text: t.reset[outcome.problem] };
		return undefined;
	}

	useEffect(() => {
		setToday(localIsoDay(new Date()));
		setPageUrl(`${location.origin}${location.pathname}`);
		const store = writableLocalStorage();
		storeRef.current = store;
		const outcome = loadExitPlan(store);
		setStorageUnavailable(outcome.kind === 'unavailable');
		const saved = outcome.kind === 'restored' || outcome.kind === 'recovered' ? outcome.state : emptyExitState();
		if (shouldRewriteAfterLoad(outcome)) saveExitPlan(store, saved);
		const found: Notice[] = [];
		const loaded = loadNotice(outcome);
		if (loaded) found.push(loaded);
		const link = decodeExitQuery(location.search);
		if (link.kind === 'unsupported') {
			found.push({ tone: 'error', text: t.link.unsupported });
			show(saved);
		} else if (link.kind === 'decoded') {
			fromLinkRef.current = true;
			setFromLink(true);
			found.push({ tone: 'warning', text: t.link.opened, offerSaved: outcome.kind === 'restored' || outcome.kind === 'recovered' });
			if (link.issues.length > 0) {
				const fields = link.issues.map((issue) => t.link.fields[issue]).join(t.listSeparator);
				found.push({ tone: 'warning', text: fill(t.link.issues, { fields }) });
			}
			show({ inputs: link.inputs, done: saved.done });
		} else {
			show(saved);
		}
		setNotices(found);
		setReady(true);

		return onStoredKeyChange(exitStorageKey, () => {
			const latest = loadExitPlan(storeRef.current);
			if (latest.kind !== 'restored' && latest.kind !== 'recovered') return;
			// While a shared plan is on screen, take only the ticks; its answers stay until the user changes them.
			show(fromLinkRef.current ? { inputs: stateRef.current.inputs, done: latest.state.done } : latest.state);
		});
	}, []);

	function commit(next: ExitState) {
		stateRef.current = next;
		setState(next);
		setTouched(true);
		if (fromLinkRef.current) {
			// The shared plan is now the user's own: drop the link from the address so a reload shows what was saved.
			fromLinkRef.current = false;
			setFromLink(false);
			setNotices((current) => current.filter((notice) => notice.text !== t.link.opened));
			history.replaceState(history.state, '', location.pathname + location.hash);
		}
		if (!saveExitPlan(storeRef.current, next)) setStorageUnavailable(true);
	}

	function changeInputs(change: Partial<ExitInputs>) {
		commit({ inputs: { ...stateRef.current.inputs, ...change }, done: stateRef.current.done });
	}

	function handleEnd(value: string) {
		setEndDraft(value);
		const valid = isIsoDay(value);
		setEndError(!valid);
		if (valid) changeInputs({ endDate: value });
	}

	function handleNotice(value: string) {
		setNoticeDraft(value);
		const days = parseNoticeDays(value);
		setNoticeError(days === undefined);
		if (days !== undefined) changeInputs({ noticeDays: days });
	}

	function handleTick(stepId: string, done: boolean) {
		const next = setStepDone(stateRef.current, stepId, done, new Date());
		commit(next);
		const count = plan.steps.filter((step) => isStepDone(next, step.id)).length;
		setAnnouncement(
			fill(t.announce, {
				step: textById.get(stepId)?.title ?? stepId,
				state: done ? t.yes : t.no,
				done: count,
				total: plan.steps.length,
			}),
		);
	}

	function useSaved() {
		const outcome = loadExitPlan(storeRef.current);
		if (outcome.kind === 'restored' || outcome.kind === 'recovered') show(outcome.state);
		fromLinkRef.current = false;
		setFromLink(false);
		setNotices((current) => current.filter((notice) => !notice.offerSaved && notice.text !== t.link.opened));
		history.replaceState(history.state, '', location.pathname + location.hash);
	}

	function handleCalendar() {
		const fileName = calendarFileName(plan.endDate);
		const text = buildCalendar(
			{
				name: t.calendarName,
				events: plan.steps.map((step) => ({
					uid: `${step.id}-${plan.endDate}@tmall-agency-guide`,
					date: step.date,
					summary: textById.get(step.id)?.title ?? step.id,
					description: textById.get(step.id)?.detail ?? '',
				})),
			},
			new Date(),
		);
		downloadTextFile(fileName, text, 'text/calendar;charset=utf-8');
		setMessage(fill(t.calendarSaved, { file: fileName }));
	}

	/** The link is always on show; when the clipboard refuses, it is selected for copying by hand. */
	async function handleCopy(input: HTMLInputElement | null) {
		const copied = await copyToClipboard(shareUrl);
		if (!copied) input?.select();
		setMessage(copied ? t.copied : t.copyFailed);
	}

	const inputs = state.inputs;
	const shareUrl = pageUrl ? buildExitShareUrl(pageUrl, inputs, plan.endDate) : '';
	const isExample = !touched && !fromLink && sameInputs(inputs, exampleInputs);
	const shareInput = useRef<HTMLInputElement>(null);
	const hasEntity = plan.steps.some((step) => step.entity);

	return (
		<div class="xp" data-ready={ready ? 'true' : 'false'}>
			{notices.map((notice) => (
				<NoticeBox tone={notice.tone} class="xp-notice" role="alert" key={notice.text}>
					<p>{notice.text}</p>
					{notice.offerSaved && fromLink && (
						<button type="button" class="button button--secondary" onClick={useSaved}>
							{t.link.useSaved}
						</button>
					)}
				</NoticeBox>
			))}
			{storageUnavailable && (
				<NoticeBox tone="warning" class="xp-notice" role="alert">
					<p>{t.storageUnavailable}</p>
				</NoticeBox>
			)}
			<section class="xp-inputs" aria-labelledby="xp-inputs-heading">
				<h2 id="xp-inputs-heading">{t.inputsHeading}</h2>
				{isExample && <p class="xp-example">{t.example}</p>}
				<fieldset class="xp-field">
					<legend>{t.endLegend}</legend>
					<Choice
						name="xp-mode"
						value="date"
						checked={inputs.mode === 'date'}
						disabled={!ready}
						label={t.modeDate}
						onSelect={() => changeInputs({ mode: 'date' })}
					/>
					{inputs.mode === 'date' && (
						<div class="xp-sub">
							<label for="xp-end">{t.endDateLabel}</label>
							{endError && (
								<p id="xp-end-error" class="xp-error">
									{t.endDateError}
								</p>
							)}
							<input
								id="xp-end"
								type="date"
								min={minIsoDay}
								max={maxIsoDay}
								value={endDraft}
								disabled={!ready}
								aria-invalid={endError ? 'true' : undefined}
								aria-describedby={endError ? 'xp-end-error' : undefined}
								onChange={(event) => handleEnd(event.currentTarget.value)}
							/>
						</div>
					)}
					<Choice
						name="xp-mode"
						value="now"
						checked={inputs.mode === 'now'}
						disabled={!ready}
						label={t.modeNow}
						onSelect={() => changeInputs({ mode: 'now' })}
					/>
				</fieldset>
				<div class="xp-field">
					<label for="xp-notice">{t.noticeLabel}</label>
					<p id="xp-notice-hint" class="xp-hint">
						{t.noticeHint}
					</p>
					{noticeError && (
						<p id="xp-notice-error" class="xp-error">
							{t.noticeError}
						</p>
					)}
					<input
						id="xp-notice"
						class="xp-number"
						type="text"
						inputMode="numeric"
						autoComplete="off"
						maxLength={3}
						value={noticeDraft}
						disabled={!ready}
						aria-invalid={noticeError ? 'true' : undefined}
						aria-describedby={noticeError ? 'xp-notice-hint xp-notice-error' : 'xp-notice-hint'}
						onInput={(event) => handleNotice(event.currentTarget.value)}
					/>
				</div>
				<fieldset class="xp-field">
					<legend>{t.registeredLegend}</legend>
					{(['merchant', 'agency'] as const).map((value) => (
						<Choice
							key={value}
							name="xp-reg"
							value={value}
							checked={inputs.registeredTo === value}
							disabled={!ready}
							label={t.registered[value]}
							onSelect={() => changeInputs({ registeredTo: value })}
						/>
					))}
				</fieldset>
				<fieldset class="xp-field">
					<legend>{t.takeoverLegend}</legend>
					{(['in-house', 'new-agency'] as const).map((value) => (
						<Choice
							key={value}
							name="xp-to"
							value={value}
							checked={inputs.takeover === value}
							disabled={!ready}
							label={t.takeover[value]}
							onSelect={() => changeInputs({ takeover: value })}
						/>
					))}
				</fieldset>
				<fieldset class="xp-field" aria-describedby="xp-entity-hint">
					<legend>{t.entityLegend}</legend>
					<p id="xp-entity-hint" class="xp-hint">
						{t.entityHint}
					</p>
					<Choice
						name="xp-entity"
						value="1"
						checked={inputs.entityChange}
						disabled={!ready}
						label={t.yes}
						onSelect={() => changeInputs({ entityChange: true })}
					/>
					<Choice
						name="xp-entity"
						value="0"
						checked={!inputs.entityChange}
						disabled={!ready}
						label={t.no}
						onSelect={() => changeInputs({ entityChange: false })}
					/>
				</fieldset>
			</section>

			<section class="xp-plan" aria-labelledby="xp-plan-heading">
				<h2 id="xp-plan-heading">{t.planHeading}</h2>
				<p class="xp-summary">{fill(t.planSummary, { notice: formatDay(plan.noticeDate), end: formatDay(plan.endDate) })}</p>
				<PlanWarnings locale={locale} plan={plan} strings={t} noticeDays={inputs.noticeDays} formatDay={formatDay} />
				<p class="xp-progress" id="xp-progress">
					{fill(t.progress, { done: doneCount, total: plan.steps.length })}
				</p>
				<ol class="xp-steps">
					{plan.steps.map((step) => {
						const text = textById.get(step.id);
						const done = isStepDone(state, step.id);
						return (
							<li key={step.id} id={`step-${step.id}`} class={done ? 'xp-step xp-step--done' : 'xp-step'}>
								<input
									id={`xp-check-${step.id}`}
									type="checkbox"
									checked={done}
									disabled={!ready}
									aria-describedby={`xp-detail-${step.id}`}
									onChange={(event) => handleTick(step.id, event.currentTarget.checked)}
								/>
								<label for={`xp-check-${step.id}`}>
									<time class="xp-date" dateTime={step.date}>
										{formatDay(step.date)}
									</time>
									<span class="xp-title">{text?.title ?? step.id}</span>
								</label>
								{(step.entity || step.compressed) && (
									<p class="xp-tags">
										{step.entity && <span class="xp-tag">{t.entityTag}</span>}
										{step.compressed && <span class="xp-tag xp-tag--warn">{t.compressedTag}</span>}
									</p>
								)}
								<p id={`xp-detail-${step.id}`} class="xp-detail">
									{text?.detail}
								</p>
							</li>
						);
					})}
				</ol>
				{hasEntity && <p class="xp-hint">{t.entityEstimate}</p>}
				<p class="visually-hidden" role="status" aria-live="polite">
					{announcement}
				</p>
			</section>

			<section class="xp-actions" aria-labelledby="xp-actions-heading">
				<h2 id="xp-actions-heading">{t.actionsHeading}</h2>
				<div class="xp-row">
					<button type="button" class="button" disabled={!ready} onClick={handleCalendar}>
						{t.downloadCalendar}
					</button>
					<button type="button" class="button button--secondary" disabled={!ready} onClick={() => window.print()}>
						{t.print}
					</button>
				</div>
				<label for="xp-share">{t.shareLabel}</label>
				<p id="xp-share-hint" class="xp-hint">
					{t.shareHint}
				</p>
				<div class="xp-row">
					<input id="xp-share" ref={shareInput} class="xp-share" type="text" readOnly value={shareUrl} aria-describedby="xp-share-hint" />
					<button type="button" class="button button--secondary" disabled={!ready} onClick={() => void handleCopy(shareInput.current)}>
						{t.copyLink}
					</button>
				</div>
				<p class="xp-message" role="status">
					{message}
				</p>
				<p class="xp-hint">{t.savedLocally}</p>
			</section>
		</div>
	);
}
