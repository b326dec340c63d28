import { Component } from 'preact';
import { joinSentences } from '../../../lib/text/join-sentences';
import { copyToClipboard } from './clipboard';

/** Long enough that typing a number does not fire an update per keystroke. */
const urlDelay = 400;
const announceDelay = 1200;

export interface DraftToolProps {
	/** Prefix for element ids, unique on the page. */
	id: string;
	t: { live: { updated: string }; spacedSentences: boolean };
}

export interface DraftToolState<D> {
	/** What the user typed, kept apart from the numbers the model uses. */
	draft: D;
	/** The user has changed something (reading a shared link does not count). */
	edited: boolean;
	/** What the polite live region says: the result, a moment after the last edit. */
	announcement: string;
	/** What the last "Copy link" said, and the link to copy by hand where the clipboard refused. */
	share: { status: string; manualLink: string };
}

/**
 * What the fee calculator and the cost planner do around each edit: focus moves where the edit
 * asked (a new quote's name, the "Add" button after a removal), the address follows the figures a
 * moment after the last keystroke (so the language switch and shared links carry them), the live
 * region reads the new answer a moment later still, and "Copy link" falls back to a box to copy by
 * hand. A class rather than hooks, so neither page loads Preact's hooks.
 */
export abstract class DraftTool<P extends DraftToolProps, D extends { quotes: { key: number }[] }, S extends DraftToolState<D>> extends Component<P, S> {
	/** Where focus goes after the next render. */
	protected focusNext: string | null = null;
	/** The answer in sentences, refreshed on every render, so a delayed announcement reads the latest result. */
	protected summaryText = '';
	private urlTimer?: ReturnType<typeof setTimeout>;
	private announceTimer?: ReturnType<typeof setTimeout>;

	/** The query for a draft (without `?`); `null` where the tool keeps nothing in the address (the compact calculator). */
	protected abstract linkQuery(draft: D): Promise<string | null>;

	/** Loads the box for copying a link by hand, before it shows. */
	protected abstract loadManualLink(): Promise<unknown>;

	override componentDidUpdate(_: P, previous: S) {
		if (this.focusNext) {
			document.getElementById(this.focusNext)?.focus();
			this.focusNext = null;
		}
		const { draft, edited } = this.state;
		if (!edited || draft === previous.draft) return;
		clearTimeout(this.urlTimer);
		clearTimeout(this.announceTimer);
		this.urlTimer = setTimeout(
			() =>
				void this.linkQuery(draft)
					.then((query) => query !== null && history.replaceState(history.state, '', `${location.pathname}?${query}${location.hash}`))
					.catch(() => undefined),
			urlDelay,
		);
		this.announceTimer = setTimeout(
			() => this.setState({ announcement: joinSentences([this.props.t.live.updated, this.summaryText], this.props.t) } as S),
			announceDelay,
		);
	}

	override componentWillUnmount() {
		clearTimeout(this.urlTimer);
		clearTimeout(this.announceTimer);
	}

	protected update(change: (draft: D) => D, focusId?: string) {
		if (focusId) this.focusNext = focusId;
		this.setState((current) => ({ draft: change(current.draft), edited: true }) as S);
	}

	protected editQuote(key: number, change: (quote: D['quotes'][number]) => D['quotes'][number], focusId?: string) {
		this.update((draft) => ({ ...draft, quotes: draft.quotes.map((quote) => (quote.key === key ? change(quote) : quote)) }), focusId);
	}

	/** Copies the link to these figures (at this page's address); where the clipboard refuses, shows it in a box to copy by hand. */
	protected async copyLink(words: { copied: string; manual: string }) {
		let link: string;
		try {
			link = `${location.origin}${location.pathname}?${await this.linkQuery(this.state.draft)}`;
		} catch {
			link = location.href;
		}
		const copied = await copyToClipboard(link);
		if (!copied) {
			this.focusNext = `${this.props.id}-share-link`;
			await this.loadManualLink();
		}
		this.setState({ share: copied ? { status: words.copied, manualLink: '' } : { status: words.manual, manualLink: link } } as S);
	}
}
