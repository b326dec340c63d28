import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { View } from './types';

interface Props {
	view: View;
	storageAvailable: boolean;
	shareUrl(): string;
	onReset(): void;
}

export const resetButtonId = 'sc-reset';

/** Copy a link, print, and start again (which asks first, on the page, not in a browser dialog). */
export function Actions({ view, storageAvailable, shareUrl, onReset }: Props) {
	const { strings } = view;
	const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
	const [manualUrl, setManualUrl] = useState('');
	const [confirming, setConfirming] = useState(false);
	const questionRef = useRef<HTMLDivElement>(null);
	const manualRef = useRef<HTMLInputElement>(null);

	// While the question is open, Escape answers "no", as it would in a dialog. A layout effect,
	// so the key works from the moment the question is drawn, not a frame later.
	useLayoutEffect(() => {
		if (!confirming) return;
		questionRef.current?.focus();
		const onKeyDown = (event: KeyboardEvent) => {
			if (event.key === 'Escape') cancel();
		};
		document.addEventListener('keydown', onKeyDown);
		return () => document.removeEventListener('keydown', onKeyDown);
	}, [confirming]);

	useEffect(() => {
		if (copyState === 'failed') manualRef.current?.select();
	}, [copyState, manualUrl]);

	async function copyLink() {
		const url = shareUrl();
		setManualUrl(url);
		try {
			if (!navigator.clipboard) throw new Error('no clipboard');
			await navigator.clipboard.writeText(url);
			setCopyState('copied');
		} catch {
			setCopyState('failed');
		}
	}

	function cancel() {
		setConfirming(false);
		document.getElementById(resetButtonId)?.focus();
	}

	return (
		<section class="sc-section sc-actions" aria-labelledby="sc-actions-heading">
			<h2 id="sc-actions-heading">{strings.actions.heading}</h2>
			<p class="sc-hint">{storageAvailable ? strings.actions.savedLocally : strings.actions.notSaved}</p>
			<div class="sc-actions__row">
				<button type="button" class="button" onClick={copyLink}>
					{strings.actions.copyLink}
				</button>
				<button type="button" class="button button--secondary" onClick={() => window.print()}>
					{strings.actions.print}
				</button>
				<button
					type="button"
					id={resetButtonId}
					class="button button--secondary sc-button--danger"
					aria-expanded={confirming}
					aria-controls="sc-reset-question"
					onClick={() => setConfirming(true)}
				>
					{strings.actions.reset}
				</button>
			</div>
			<p class="sc-actions__status" role="status">
				{copyState === 'copied' && strings.actions.copied}
				{copyState === 'failed' && strings.actions.copyFailed}
			</p>
			{copyState === 'failed' && (
				<div class="sc-actions__manual">
					<label class="sc-label" for="sc-share-url">
						{strings.actions.linkLabel}
					</label>
					<input ref={manualRef} id="sc-share-url" type="text" class="sc-text-input" readOnly value={manualUrl} />
				</div>
			)}
			<div id="sc-reset-question">
				{confirming && (
					<div
						class="sc-confirm"
						role="group"
						aria-labelledby="sc-reset-question-title"
						aria-describedby="sc-reset-question-body"
						tabIndex={-1}
						ref={questionRef}
					>
						<p class="sc-confirm__title" id="sc-reset-question-title">
							{strings.actions.resetQuestion}
						</p>
						<p id="sc-reset-question-body">{strings.actions.resetExplanation}</p>
						<div class="sc-actions__row">
							<button
								type="button"
								class="button sc-button--danger-solid"
								onClick={() => {
									setConfirming(false);
									setCopyState('idle');
									onReset();
								}}
							>
								{strings.actions.resetConfirm}
							</button>
							<button type="button" class="button button--secondary" onClick={cancel}>
								{strings.actions.resetCancel}
							</button>
						</div>
					</div>
				)}
			</div>
		</section>
	);
}
