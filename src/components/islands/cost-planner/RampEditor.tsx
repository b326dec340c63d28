import { splitPastedRamp } from '../../../lib/cost-planner/ramp';
import { formatInputNumber } from '../../../lib/format/number';
import { fill } from '../../../lib/text/template';
import type { Speech } from './context';
import type { NumberDraft } from './draft';
import { NumberField } from '../shared/NumberField';
import { allWords } from './words';

interface Props extends Speech {
	id: string;
	/** Every month's box; the plan shows the first `months`. */
	entries: readonly NumberDraft[];
	months: number;
	/** The steady growth the "start again" button fills from. */
	firstMonthGmv: number;
	growthPct: number;
	/** New text for months from `from` on: one piece, or several pasted at once. */
	onEntries: (from: number, texts: readonly string[]) => void;
	onFill: () => void;
}

/**
 * Month-by-month sales: one labelled box per month of the plan ("Month 3 GMV"), in a grid that
 * wraps to two columns on a phone. Each box reads numbers like every other (万, 亿, full-width
 * digits) and shows its own error; several figures pasted into one box fill the months after it.
 * Loaded when the reader first picks "month by month", so the page's first load stays small.
 */
export function RampEditor({ id, entries, months, firstMonthGmv, growthPct, onEntries, onFill, locale, t }: Props) {
	const words = allWords(t, locale).ramp;
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
				{entries.slice(0, months).map((entry, index) => (
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
			<button type="button" class="button button--secondary fc-small" aria-describedby={`${id}-ramp-fill-hint`} onClick={onFill}>
				{words.fill}
			</button>
			<p class="fc-hint" id={`${id}-ramp-fill-hint`}>
				{fill(words.fillHint, {
					gmv: `${formatInputNumber(firstMonthGmv, locale)} ${t.units.money}`,
					growth: `${formatInputNumber(growthPct, locale)}%`,
				})}
			</p>
		</fieldset>
	);
}
