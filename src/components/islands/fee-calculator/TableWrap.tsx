import type { ComponentChildren } from 'preact';

/**
 * Lets a wide table scroll sideways on a phone. The wrapper is a named,
 * focusable region so keyboard users can scroll it too.
 */
export function TableWrap({ label, children }: { label: string; children: ComponentChildren }) {
	return (
		<div class="fc-table-wrap" role="region" aria-label={label} tabIndex={0}>
			{children}
		</div>
	);
}
