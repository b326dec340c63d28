import { splitPastedRamp } from '../../../lib/cost-planner/ramp-paste';
import { formatInputNumber } from '../../../lib/format/number';
import { fill } from '../../../lib/text/template';
import type { Speech } from './context';
import { editRampEntry, steadyEntries, type PlannerDraft } from './draft';
import { NumberField } from '../shared/NumberField';
import { allWords } from './words';

interface Props extends Speech {
	id: string;
	draft: PlannerDraft;
	onDraft: (change: (draft: PlannerDraft) => PlannerDraft) => void;
}

/** New text for months from `from` on (one box typed in, or several figures pasted into one). */
export function editRamp(draft: PlannerDraft, from: number, texts: readonly string[]): PlannerDraft {
	const entries = draft.ramp.entries.map((entry, index) => {
		const text = texts[index - from];
		return text === undefined || index < from ? entry : editRampEntry(entry, text);
	});
	return { ...draft, ramp: { ...draft.ramp, entries } };
}

/**
 * Month-by-month sales: one labelled box per month of the plan ("Month 3 GMV"), in a grid that
 * wraps to two columns on a phone. Each box reads numbers like every other (万, 亿, full-width
 * digits) and shows its own error; several figures pasted into one box fill the months after it.
 * Loaded when the reader first picks "month by month", so the page's first load stays small.
 */
export function RampEditor({ id, draft, onDraft, locale, t }: Props) {
	const words = allWords(t, locale).ramp;
	const months = draft.choices.months;
	const onEntries = (from: number, texts: readonly string[]) => onDraft((current) => editRamp(current, from, texts));
	return (
		<fieldset class="cp-ramp">
			<legend>{words.legend}</legend>
			<p class="fc-hint" id={`${id}-ramp-hint`}>
				{words.hint}
			</p>
			<div
				class="cp-ramp-grid"
				onPaste={(event) => {
					const target = event.target as HTMLInputElement;
					const from = Number(target.id.slice(`${id}-ramp-`.length)) - 1;
					const pieces = splitPastedRamp(event.clipboardData?.getData('text') ?? '');
					if (!pieces || !Number.isInteger(from) || from < 0) return;
					event.preventDefault();
					onEntries(from, pieces.slice(0, Math.max(0, months - from)));
				}}
			>
				{draft.ramp.entries.slice(0, months).map((entry, index) => (
					<NumberField
						key={index}
						locale={locale}
						t={t}
						id={`${id}-ramp-${index + 1}`}
						label={fill(words.month, { n: index + 1 })}
						field={entry}
						onInput={(text) => onEntries(index, [text])}
					/>
				))}
			</div>
			<button
				type="button"
				class="button button--secondary fc-small"
				aria-describedby={`${id}-ramp-fill-hint`}
				onClick={() => onDraft((current) => ({ ...current, ramp: { byMonth: true, entries: steadyEntries(current, locale) } }))}
			>
				{words.fill}
			</button>
			<p class="fc-hint" id={`${id}-ramp-fill-hint`}>
				{fill(words.fillHint, {
					gmv: `${formatInputNumber(draft.fields.firstMonthGmv.value, locale)} ${t.units.money}`,
					growth: `${formatInputNumber(draft.fields.monthlyGrowthPct.value, locale)}%`,
				})}
			</p>
		</fieldset>
	);
}
