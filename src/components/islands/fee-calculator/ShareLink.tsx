import type { FeeCalculatorStrings } from '../../../i18n/tools/fee-calculator';
import { useRef, useState } from 'preact/hooks';
import type { Speech } from './context';

interface Props extends Speech<Pick<FeeCalculatorStrings, 'share'>> {
	/** Builds the full link when asked, so it is always the current state. */
	link: () => string;
}

/**
 * "Copy link", with a fallback for browsers that refuse the clipboard (older
 * ones, or pages not served over HTTPS): the link appears selected in a
 * read-only box for the user to copy themselves.
 */
export function ShareLink({ link, t }: Props) {
	const [status, setStatus] = useState('');
	const [manualLink, setManualLink] = useState('');
	const box = useRef<HTMLInputElement>(null);

	const copy = async () => {
		const url = link();
		try {
			await navigator.clipboard.writeText(url);
			setManualLink('');
			setStatus(t.share.copied);
		} catch {
			setManualLink(url);
			setStatus(t.share.manual);
			// Wait for the box to render before selecting its text.
			requestAnimationFrame(() => box.current?.select());
		}
	};

	return (
		<div class="fc-share">
			<button type="button" class="button" onClick={copy}>
				{t.share.copy}
			</button>
			<p class="fc-hint">{t.share.copyHint}</p>
			{manualLink && (
				<div class="fc-field">
					<label for="fc-share-link">{t.share.linkLabel}</label>
					<input id="fc-share-link" ref={box} type="text" readOnly value={manualLink} onFocus={(event) => event.currentTarget.select()} />
				</div>
			)}
			<p class="fc-status" role="status">
				{status}
			</p>
		</div>
	);
}
