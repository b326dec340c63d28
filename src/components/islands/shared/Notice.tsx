import type { ComponentChildren } from 'preact';
import './shared.css';

export type NoticeTone = 'info' | 'warning' | 'error';

interface Props {
	tone: NoticeTone;
	/** Extra class names, for a tool's own hooks (tests, print rules). */
	class?: string;
	/** `alert` for something the user must know now (data lost or not saved); none for a quiet note. */
	role?: 'alert' | 'status';
	children: ComponentChildren;
	[data: `data-${string}`]: string;
}

/** A boxed message above a tool: what happened to the user's data, and what to do. One look in every tool. */
export function Notice({ tone, class: extra, role, children, ...data }: Props) {
	return (
		<div class={`notice notice--${tone}${extra ? ` ${extra}` : ''}`} role={role} {...data}>
			{children}
		</div>
	);
}
