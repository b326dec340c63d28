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
