import type { FeeCalculatorStrings } from '../../../i18n/tools/fee-calculator';
import type { Speech } from './context';

interface Props extends Speech<Pick<FeeCalculatorStrings, 'share'>> {
	id: string;
	onCopy: () => void;
	/** What the last copy attempt said ("Link copied." or how to copy by hand). */
	status: string;
	/** Set when the clipboard refused: the link, shown in a read-only box to copy by hand. */
	manualLink: string;
}

let ManualLink: typeof import('../shared/copy-link').ManualLink | undefined;

/** Loads the copy-by-hand box (with the link reader, which is as rare) before the calculator shows it. */
export async function loadManualLink(): Promise<void> {
	ManualLink ??= (await import('./shared-link')).ManualLink;
}

/**
 * "Copy link", with the shared fallback for browsers that refuse the clipboard:
 * the link appears in a read-only box that takes focus and selects itself.
 */
export function ShareLink({ id, onCopy, status, manualLink, t }: Props) {
	return (
		<div class="fc-share">
			<button type="button" class="button" onClick={onCopy}>
				{t.share.copy}
			</button>
			<p class="fc-hint">{t.share.copyHint}</p>
			{manualLink && ManualLink && <ManualLink id={`${id}-share-link`} label={t.share.linkLabel} url={manualLink} />}
			<p class="fc-status" role="status">
				{status}
			</p>
		</div>
	);
}
