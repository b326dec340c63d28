import type { ComponentChildren } from 'preact';
import { formatInputNumber } from '../../../lib/format/number';
import { fill } from '../../../lib/text/template';
import type { NumberDraft } from './draft';
import { joinSentences, type Speech } from './context';

interface Props extends Speech {
	id: string;
	label: string;
	hint?: string;
	unit?: string;
	field: NumberDraft;
	onInput: (text: string) => void;
	short?: boolean;
	/** Where the example figure comes from (platform fields), below the box. */
	note?: ComponentChildren;
}

/**
 * A labelled number box, as in the fee calculator: the text stays as typed; an entry that
 * cannot be used gets its error right below, saying which value the results still use.
 */
export function Field({ id, label, hint, unit, field, onInput, short, note, locale, t }: Props) {
	const described = [hint && `${id}-hint`, unit && `${id}-unit`, note && `${id}-note`, field.error && `${id}-error`].filter(Boolean).join(' ');
	let error = '';
	if (field.error) {
		const limit = field.error.limit === undefined ? '' : formatInputNumber(field.error.limit, locale);
		const still = fill(t.errors.stillUsing, { value: `${formatInputNumber(field.value, locale)}${unit && unit !== '%' ? ' ' : ''}${unit ?? ''}` });
		error = joinSentences([fill(t.errors[field.error.code], { limit }), still], t);
	}
	return (
		<div class={`fc-field${field.error ? ' fc-field--invalid' : ''}`}>
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
					inputMode="decimal"
					autoComplete="off"
					spellcheck={false}
					class={short ? 'fc-short' : undefined}
					value={field.text}
					aria-invalid={field.error ? 'true' : undefined}
					aria-describedby={described || undefined}
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

interface ChoiceProps<V extends string> {
	name: string;
	legend: string;
	options: readonly { value: V; label: string; note?: ComponentChildren }[];
	value: V;
	onChange: (value: V) => void;
}

/** A set of radio buttons in a fieldset. */
export function Choice<V extends string>({ name, legend, options, value, onChange }: ChoiceProps<V>) {
	return (
		<fieldset class="fc-choice">
			<legend>{legend}</legend>
			{options.map((option) => (
				<div key={option.value}>
					<label>
						<input
							type="radio"
							name={name}
							value={option.value}
							checked={value === option.value}
							aria-describedby={option.note ? `${name}-${option.value}-note` : undefined}
							onChange={() => onChange(option.value)}
						/>
						{option.label}
					</label>
					{option.note && (
						<p class="fc-hint cp-note" id={`${name}-${option.value}-note`}>
							{option.note}
						</p>
					)}
				</div>
			))}
		</fieldset>
	);
}
