import type { ComponentChildren } from 'preact';

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
