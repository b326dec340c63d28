import { Component, type ComponentChild } from 'preact';

type LaterParts = typeof import('./Monthly');

let loaded: LaterParts | undefined;
let loading: Promise<LaterParts> | undefined;

/** The month-by-month part and the years' totals, loaded once, just after the island wakes. */
function loadLaterParts() {
	loading ??= import('./Monthly').then((parts) => (loaded = parts));
	return loading;
}

interface Props {
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
		void loadLaterParts()
			.then((parts) => this.setState({ parts }))
			.catch(() => undefined);
	}

	override render({ children }: Props) {
		const parts = this.state.parts ?? loaded;
		return parts ? children(parts) : null;
	}
}
