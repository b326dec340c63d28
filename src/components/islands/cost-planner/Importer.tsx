import { Component } from 'preact';
import type { AgencyQuote, PlannerFacts } from '../../../lib/cost-planner/types';
import type { Locale } from '../../../lib/locale';
import { fill } from '../../../lib/text/template';
import { joinSentences, type IslandWords } from './context';
import { allWords } from './words';
import { quotesFromLink } from './shared-link';

interface Props {
	id: string;
	locale: Locale;
	t: IslandWords;
	facts: PlannerFacts;
	onQuotes: (quotes: AgencyQuote[]) => void;
}

interface State {
	text: string;
	status: { text: string; error: boolean } | null;
}

/**
 * "Bring quotes from the fee calculator": a pasted fee-calculator link's quotes replace the
 * plan's. Loaded only when its section is opened. A link it cannot use changes nothing and
 * says why, next to the box.
 */
export class Importer extends Component<Props, State> {
	override state: State = { text: '', status: null };

	private use = () => {
		const { onQuotes } = this.props;
		const t = allWords(this.props.t, this.props.locale);
		const read = quotesFromLink(this.state.text, this.props);
		if (read.quotes.length === 0) {
			this.setState({ status: { text: read.notLink ? t.import.notLink : t.import.noQuotes, error: true } });
			return;
		}
		onQuotes(read.quotes);
		const done = fill(read.quotes.length === 1 ? t.import.done.one : t.import.done.other, { count: read.quotes.length });
		this.setState({ status: { text: read.partly ? joinSentences([done, t.import.partly], t) : done, error: false } });
	};

	override render({ id, t: words, locale }: Props, { text, status }: State) {
		const t = allWords(words, locale);
		return (
			<>
				<div class={`fc-field${status?.error ? ' fc-field--invalid' : ''}`}>
					<label for={`${id}-import`}>{t.import.label}</label>
					<p class="fc-hint" id={`${id}-import-hint`}>
						{t.import.hint}
					</p>
					<input
						id={`${id}-import`}
						type="text"
						autoComplete="off"
						spellcheck={false}
						value={text}
						aria-invalid={status?.error ? 'true' : undefined}
						aria-describedby={`${id}-import-hint ${id}-import-status`}
						onInput={(event) => this.setState({ text: event.currentTarget.value })}
					/>
				</div>
				<button type="button" class="button button--secondary fc-small" onClick={this.use}>
					{t.import.button}
				</button>
				<p id={`${id}-import-status`} role="status" class={status?.error ? 'fc-error' : 'fc-status'}>
					{status?.text}
				</p>
			</>
		);
	}
}
