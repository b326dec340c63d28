import type { FeeCalculatorStrings } from '../../../i18n/tools/fee-calculator';
import { Component } from 'preact';
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
export class ShareLink extends Component<Props, { status: string; manualLink: string }> {
	override state = { status: '', manualLink: '' };
	private box: HTMLInputElement | null = null;

	private copy = async () => {
		const url = this.props.link();
		try {
			await navigator.clipboard.writeText(url);
			this.setState({ manualLink: '', status: this.props.t.share.copied });
		} catch {
			this.setState({ manualLink: url, status: this.props.t.share.manual });
		}
	};

	override componentDidUpdate(_: Props, previous: { manualLink: string }) {
		// Put focus on the link, selected, as soon as the box appears, ready for Ctrl+C.
		if (this.state.manualLink && this.state.manualLink !== previous.manualLink) {
			this.box?.focus();
			this.box?.select();
		}
	}

	override render({ t }: Props, { status, manualLink }: { status: string; manualLink: string }) {
		return (
			<div class="fc-share">
				<button type="button" class="button" onClick={this.copy}>
					{t.share.copy}
				</button>
				<p class="fc-hint">{t.share.copyHint}</p>
				{manualLink && (
					<div class="fc-field">
						<label for="fc-share-link">{t.share.linkLabel}</label>
						<input
							id="fc-share-link"
							ref={(box) => {
								this.box = box;
							}}
							type="text"
							readOnly
							value={manualLink}
							onFocus={(event) => event.currentTarget.select()}
						/>
					</div>
				)}
				<p class="fc-status" role="status">
					{status}
				</p>
			</div>
		);
	}
}
