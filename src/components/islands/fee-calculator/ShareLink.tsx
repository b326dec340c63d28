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

/**
 * "Copy link", with a fallback for browsers that refuse the clipboard (older
 * ones, or pages not served over HTTPS): the link appears in a read-only box
 * that takes focus and selects itself, ready for Ctrl+C.
 */
export function ShareLink({ id, onCopy, status, manualLink, t }: Props) {
	return (
		<div class="fc-share">
			<button type="button" class="button" onClick={onCopy}>
				{t.share.copy}
			</button>
			<p class="fc-hint">{t.share.copyHint}</p>
			{manualLink && (
				<div class="fc-field">
					<label for={`${id}-share-link`}>{t.share.linkLabel}</label>
					<input id={`${id}-share-link`} type="text" readOnly value={manualLink} onFocus={(event) => event.currentTarget.select()} />
				</div>
			)}
			<p class="fc-status" role="status">
				{status}
			</p>
		</div>
	);
}
