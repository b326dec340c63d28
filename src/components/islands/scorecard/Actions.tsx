import { useEffect, useState } from 'preact/hooks';
import { ConfirmQuestion, useConfirmReset } from '../shared/confirm-reset';
import { copyToClipboard } from '../shared/clipboard';
import type { ManualLink as ManualLinkView } from '../shared/copy-link';
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
	/** Loaded only when the clipboard refuses, so the page does not carry it on load. */
	const [ManualLink, setManualLink] = useState<typeof ManualLinkView | null>(null);
	const confirm = useConfirmReset(() => {
		setCopyState('idle');
		onReset();
	});

	useEffect(() => {
		if (copyState === 'failed') document.getElementById('sc-share-url')?.focus();
	}, [copyState, manualUrl]);

	async function copyLink() {
		const url = shareUrl();
		setManualUrl(url);
		const copied = await copyToClipboard(url);
		if (!copied && !ManualLink) {
			const module = await import('../shared/copy-link');
			setManualLink(() => module.ManualLink);
		}
		setCopyState(copied ? 'copied' : 'failed');
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
					ref={confirm.triggerRef}
					class="button button--secondary sc-button--danger"
					aria-expanded={confirm.open}
					aria-controls="sc-reset-question"
					onClick={confirm.ask}
				>
					{strings.actions.reset}
				</button>
			</div>
			<p class="sc-actions__status" role="status">
				{copyState === 'copied' && strings.actions.copied}
				{copyState === 'failed' && strings.actions.copyFailed}
			</p>
			{copyState === 'failed' && ManualLink && <ManualLink id="sc-share-url" label={strings.actions.linkLabel} url={manualUrl} inputClass="sc-text-input" />}
			<ConfirmQuestion
				id="sc-reset-question"
				confirm={confirm}
				question={strings.actions.resetQuestion}
				explanation={strings.actions.resetExplanation}
				yes={strings.actions.resetConfirm}
				no={strings.actions.resetCancel}
			/>
		</section>
	);
}
