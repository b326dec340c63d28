import './shared.css';

export { copyToClipboard } from './clipboard';

interface ManualLinkProps {
	id: string;
	label: string;
	url: string;
	/** Extra class names for the input, to match the tool's text fields. */
	inputClass?: string;
}

/**
 * The fallback when the clipboard refuses: the link in a read-only box that selects itself
 * when focused, ready for Ctrl+C. The caller moves focus to it (`id`) when it appears.
 * No hooks, so islands written without them (the fee calculator) do not load them for this.
 */
export function ManualLink({ id, label, url, inputClass }: ManualLinkProps) {
	return (
		<div class="manual-link">
			<label for={id}>{label}</label>
			<input id={id} class={inputClass} type="text" readOnly value={url} onFocus={(event) => event.currentTarget.select()} />
		</div>
	);
}
