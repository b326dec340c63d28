import { maxNameLength } from '../../../lib/fees/rule';

interface Props {
	id: string;
	label: string;
	/** The name as typed; where it is shown or written into a link, `cleanQuoteName` cleans it. */
	value: string;
	onInput: (name: string) => void;
}

/**
 * The box for an agency quote's name, in the fee calculator and the cost planner. It takes no more
 * than a link keeps (`maxNameLength` characters), so a name typed here comes back whole from the
 * page's own link. The browser counts `maxLength` in UTF-16 units, in which an emoji is two: a name
 * of emoji stops sooner, never later.
 */
export function QuoteNameField({ id, label, value, onInput }: Props) {
	return (
		<div class="fc-field">
			<label for={id}>{label}</label>
			<input id={id} type="text" autoComplete="off" maxLength={maxNameLength} value={value} onInput={(event) => onInput(event.currentTarget.value)} />
		</div>
	);
}
