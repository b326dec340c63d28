interface Props {
	name: string;
	value: string;
	checked: boolean;
	disabled: boolean;
	label: string;
	onSelect: () => void;
}

/** One radio button with its label; ids come from the group name and value. */
export function Choice({ name, value, checked, disabled, label, onSelect }: Props) {
	const id = `${name}-${value}`;
	return (
		<div class="xp-choice">
			<input id={id} type="radio" name={name} value={value} checked={checked} disabled={disabled} onChange={onSelect} />
			<label for={id}>{label}</label>
		</div>
	);
}

interface GroupProps<V extends string> {
	/** The radio buttons' name; the hint's id is `{name}-hint`. */
	name: string;
	legend: string;
	hint?: string;
	/** The choices, in order. */
	values: readonly V[];
	labels: Readonly<Record<V, string>>;
	selected: V;
	disabled: boolean;
	onSelect: (value: V) => void;
}

/** A question answered by one of a few radio buttons, in its own fieldset. */
export function ChoiceGroup<V extends string>({ name, legend, hint, values, labels, selected, disabled, onSelect }: GroupProps<V>) {
	return (
		<fieldset class="xp-field" aria-describedby={hint ? `${name}-hint` : undefined}>
			<legend>{legend}</legend>
			{hint && (
				<p id={`${name}-hint`} class="xp-hint">
					{hint}
				</p>
			)}
			{values.map((value) => (
				<Choice key={value} name={name} value={value} checked={selected === value} disabled={disabled} label={labels[value]} onSelect={() => onSelect(value)} />
			))}
		</fieldset>
	);
}
