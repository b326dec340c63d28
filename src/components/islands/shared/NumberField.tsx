import type { ComponentChildren } from 'preact';
import type { Locale } from '../../../i18n/locales';
import type { FeeCalculatorStrings } from '../../../i18n/tools/fee-calculator';
import type { NumberDraft } from '../../../lib/fees/draft';
import { formatInputNumber } from '../../../lib/format/number';
import { joinSentences } from '../../../lib/text/join-sentences';
import { fill } from '../../../lib/text/template';

interface BoxProps {
	id: string;
	label: string;
	hint?: string;
	/** Shown after the box ("%", "CNY", "months") and read out with the field. */
	unit?: string;
	/** The text as typed. */
	text: string;
	/** What is wrong with the entry and what the results use meanwhile; empty when nothing is. */
	error: string;
	onInput: (text: string) => void;
	/** Where the example figure comes from (the planner's platform fields), below the box. */
	note?: ComponentChildren;
	inputMode?: 'decimal';
	inputClass?: string;
}

/**
 * A labelled text box with its hint, unit and problem, in the look every number entry of the fee
 * calculator and the cost planner shares. The problem sits right below the box and is read out with it.
 */
export function FieldBox({ id, label, hint, unit, text, error, onInput, note, inputMode, inputClass }: BoxProps) {
	const describedBy = [hint && `${id}-hint`, unit && `${id}-unit`, note && `${id}-note`, error && `${id}-error`].filter(Boolean).join(' ');
	return (
		<div class={`fc-field${error ? ' fc-field--invalid' : ''}`}>
			<label for={id}>{label}</label>
			{hint && (
				<p class="fc-hint" id={`${id}-hint`}>
					{hint}
				</p>
			)}
			<div class="fc-input">
				<input
					id={id}
					type="text"
					inputMode={inputMode}
					autoComplete="off"
					spellcheck={false}
					class={inputClass}
					value={text}
					aria-invalid={error ? 'true' : undefined}
					aria-describedby={describedBy || undefined}
					onInput={(event) => onInput(event.currentTarget.value)}
				/>
				{unit && (
					<span class="fc-unit" id={`${id}-unit`}>
						{unit}
					</span>
				)}
			</div>
			{error && (
				<p class="fc-error" id={`${id}-error`}>
					{error}
				</p>
			)}
			{note && (
				<p class="fc-hint cp-note" id={`${id}-note`}>
					{note}
				</p>
			)}
		</div>
	);
}

interface Props extends Omit<BoxProps, 'text' | 'error' | 'inputMode' | 'inputClass'> {
	locale: Locale;
	/** The number-entry errors, shared by the fee calculator and the cost planner. */
	t: Pick<FeeCalculatorStrings, 'errors' | 'spacedSentences'>;
	field: NumberDraft;
	/** Narrow boxes for percentages and counts. */
	short?: boolean;
}

/**
 * A labelled number box, for the fee calculator and the cost planner. What the user types is
 * kept as typed; when it cannot be used, the error sits right below it and says which value the
 * results still use, so nothing the user typed is ever thrown away.
 */
export function NumberField({ field, short, locale, t, ...box }: Props) {
	let error = '';
	if (field.error) {
		const limit = field.error.limit === undefined ? '' : formatInputNumber(field.error.limit, locale);
		const { unit } = box;
		const still =
			field.value === null
				? t.errors.stillUsingNone
				: fill(t.errors.stillUsing, { value: `${formatInputNumber(field.value, locale)}${unit && unit !== '%' ? ' ' : ''}${unit ?? ''}` });
		error = joinSentences([fill(t.errors[field.error.code], { limit }), still], t);
	}
	return <FieldBox {...box} text={field.text} error={error} inputMode="decimal" inputClass={short ? 'fc-short' : undefined} />;
}
