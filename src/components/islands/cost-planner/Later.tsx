import { Component, type ComponentChild } from 'preact';
import type { Locale } from '../../../lib/locale';
import { withWords } from './words';

type LaterParts = typeof import('./Monthly');

let loaded: LaterParts | undefined;
let loading: Promise<LaterParts> | undefined;

/** The month-by-month part and the years' totals, with their words, loaded once, just after the island wakes. */
function loadLaterParts(locale: Locale) {
	loading ??= withWords(import('./Monthly'), locale).then((parts) => (loaded = parts));
	return loading;
}

interface Props {
	locale: Locale;
	/** Draws this part from the loaded module; nothing is drawn before it has arrived. */
	children: (parts: LaterParts) => ComponentChild;
}

/**
 * A part of the planner that arrives after it wakes. When the module arrives, only this part renders,
 * not the whole island again (that second render of the form was one of the long tasks at load).
 */
export class Later extends Component<Props, { parts?: LaterParts }> {
	override componentDidMount() {
		if (loaded) return;
		void loadLaterParts(this.props.locale)
			.then((parts) => this.setState({ parts }))
			.catch(() => undefined);
	}

	override render({ children }: Props) {
		const parts = this.state.parts ?? loaded;
		return parts ? children(parts) : null;
	}
}
