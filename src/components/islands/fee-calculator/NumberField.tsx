import type { NumberDraft } from '../../../lib/fees/draft';
import { formatInputNumber } from '../../../lib/format/number';
import { fill } from '../../../lib/text/template';
import { joinSentences, type Speech } from './context';

interface Props extends Speech {
	id: string;
	label: string;
	hint?: string;
	/** Shown after the box ("%", "CNY", "months") and read out with the field. */
	unit?: string;
	field: NumberDraft;
	onInput: (text: string) => void;
	/** Narrow boxes for percentages and counts. */
	short?: boolean;
}

/**
 * A labelled number box. What the user types is kept as typed; when it cannot
 * be used, the error sits right below it and says which value the results
 * still use, so nothing the user typed is ever thrown away.
 */
export function NumberField({ id, label, hint, unit, field, onInput, short, locale, t }: Props) {
	const hintId = hint ? `${id}-hint` : '';
	const unitId = unit ? `${id}-unit` : '';
	const errorId = field.error ? `${id}-error` : '';
	let error = '';
	if (field.error) {
		const limit = field.error.limit === undefined ? '' : formatInputNumber(field.error.limit, locale);
		const still =
			field.value === null
				? t.errors.stillUsingNone
				: fill(t.errors.stillUsing, { value: `${formatInputNumber(field.value, locale)}${unit && unit !== '%' ? ' ' : ''}${unit ?? ''}` });
		error = joinSentences([fill(t.errors[field.error.code], { limit }), still], t);
	}
	return (
		<div class={`fc-field${field.error ? ' fc-field--invalid' : ''}`}>
			<label for={id}>{label}</label>
			{hint && (
				<p class="fc-hint" id={hintId}>
					{hint}
				</p>
			)}
			<div class="fc-input">
				<input
					id={id}
					type="text"
					inputMode="decimal"
					autoComplete="off"
					spellcheck={false}
					class={short ? 'fc-short' : undefined}
					value={field.text}
					aria-invalid={field.error ? 'true' : undefined}
					aria-describedby={[hintId, unitId, errorId].filter(Boolean).join(' ') || undefined}
					onInput={(event) => onInput(event.currentTarget.value)}
				/>
				{unit && (
					<span class="fc-unit" id={unitId}>
						{unit}
					</span>
				)}
			</div>
			{error && (
				<p class="fc-error" id={errorId}>
					{error}
				</p>
			)}
		</div>
	);
}
