import type { FeeCalculatorStrings } from '../../../i18n/tools/fee-calculator';
import type { ManualLink } from '../shared/copy-link';
import type { Speech } from './context';

/** What the share part shows: the last copy attempt's message and, when the clipboard refused, the link and its box. */
export type ShareState = Pick<Props, 'status' | 'manualLink' | 'View'>;

interface Props extends Speech<Pick<FeeCalculatorStrings, 'share'>> {
	id: string;
	onCopy: () => void;
	/** What the last copy attempt said ("Link copied." or how to copy by hand). */
	status: string;
	/** Set when the clipboard refused: the link, shown in a read-only box to copy by hand. */
	manualLink: string;
	/** That box, loaded only when a browser refuses the clipboard. */
	View?: typeof ManualLink;
}

/**
 * "Copy link", with the shared fallback for browsers that refuse the clipboard:
 * the link appears in a read-only box that takes focus and selects itself.
 */
export function ShareLink({ id, onCopy, status, manualLink, View, t }: Props) {
	return (
		<div class="fc-share">
			<button type="button" class="button" onClick={onCopy}>
				{t.share.copy}
			</button>
			<p class="fc-hint">{t.share.copyHint}</p>
			{manualLink && View && <View id={`${id}-share-link`} label={t.share.linkLabel} url={manualLink} />}
			<p class="fc-status" role="status">
				{status}
			</p>
		</div>
	);
}
