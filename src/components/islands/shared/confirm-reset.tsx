import type { Ref } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import './shared.css';

export interface ConfirmReset {
	open: boolean;
	/** Shows the question (the reset button's `onClick`). */
	ask(): void;
	/** Yes runs `onConfirm`; either answer closes the question and puts focus back on the reset button. */
	answer(confirmed: boolean): void;
	triggerRef: Ref<HTMLButtonElement>;
	questionRef: Ref<HTMLDivElement>;
}

/**
 * "Start again" that asks first, on the page rather than in a browser dialog. While the
 * question is open it has focus, and Escape anywhere answers "no", as it would in a dialog.
 * A layout effect, so the key works from the moment the question is drawn, not a frame later.
 */
export function useConfirmReset(onConfirm: () => void): ConfirmReset {
	const [open, setOpen] = useState(false);
	const triggerRef = useRef<HTMLButtonElement>(null);
	const questionRef = useRef<HTMLDivElement>(null);

	function answer(confirmed: boolean) {
		setOpen(false);
		triggerRef.current?.focus();
		if (confirmed) onConfirm();
	}

	useLayoutEffect(() => {
		if (!open) return;
		questionRef.current?.focus();
		const onKeyDown = (event: KeyboardEvent) => {
			if (event.key === 'Escape') answer(false);
		};
		document.addEventListener('keydown', onKeyDown);
		return () => document.removeEventListener('keydown', onKeyDown);
	}, [open]);

	return { open, ask: () => setOpen(true), answer, triggerRef, questionRef };
}

interface QuestionProps {
	id: string;
	confirm: ConfirmReset;
	question: string;
	/** What will be lost, when the question alone does not say. */
	explanation?: string;
	yes: string;
	no: string;
}

/** The question `useConfirmReset` opens; the reset button names it with `aria-controls={id}`. */
export function ConfirmQuestion({ id, confirm, question, explanation, yes, no }: QuestionProps) {
	return (
		<div id={id}>
			{confirm.open && (
				<div
					class="confirm"
					role="group"
					aria-labelledby={`${id}-title`}
					aria-describedby={explanation ? `${id}-body` : undefined}
					tabIndex={-1}
					ref={confirm.questionRef}
				>
					<p class="confirm__title" id={`${id}-title`}>
						{question}
					</p>
					{explanation && <p id={`${id}-body`}>{explanation}</p>}
					<div class="confirm__row">
						<button type="button" class="button confirm__yes" onClick={() => confirm.answer(true)}>
							{yes}
						</button>
						<button type="button" class="button button--secondary" onClick={() => confirm.answer(false)}>
							{no}
						</button>
					</div>
				</div>
			)}
		</div>
	);
}
