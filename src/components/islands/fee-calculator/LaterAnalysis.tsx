import { Component, type ComponentChild } from 'preact';

type AnalysisModule = typeof import('./Analysis');

let loaded: AnalysisModule | undefined;
let loading: Promise<AnalysisModule> | undefined;

/**
 * Loads the tool page's analysis once. The page awaits it before rendering, so its HTML has the
 * analysis; the browser loads it just after the island wakes, and the compact calculator never.
 */
export function loadAnalysis(): Promise<AnalysisModule> {
	loading ??= import('./Analysis').then(
		(module) => (loaded = module),
		(error: unknown) => {
			// The next attempt asks the network again.
			loading = undefined;
			throw error;
		},
	);
	return loading;
}

interface Props {
	/** Draws the analysis from its module. */
	children: (module: AnalysisModule) => ComponentChild;
}

/**
 * The analysis below the answer (break-evens, chart, sensitivity, margin, sharing), whose code
 * arrives after the island wakes. Until it does, the server's HTML stays as it is: while hydrating,
 * Preact leaves alone the children of an element given `dangerouslySetInnerHTML`. When the module
 * arrives, only this part renders, from the figures as they are then. Should it fail to arrive, the
 * server's analysis is hidden rather than left with the example's figures and buttons that do
 * nothing, and the next change of figures tries again.
 */
export class LaterAnalysis extends Component<Props, { module?: AnalysisModule; failed?: boolean }> {
	override componentDidMount() {
		this.fetch();
	}

	override componentDidUpdate(previous: Props) {
		// New props mean new figures (the island rendered again), not this part's own failure.
		if (this.state.failed && previous !== this.props) this.fetch();
	}

	private fetch() {
		if (loaded) return;
		void loadAnalysis().then(
			(module) => this.setState({ module, failed: false }),
			() => this.setState({ failed: true }),
		);
	}

	override render({ children }: Props, { module = loaded, failed }: { module?: AnalysisModule; failed?: boolean }) {
		return module ? <div class="fc-analysis">{children(module)}</div> : <div class="fc-analysis" hidden={failed} dangerouslySetInnerHTML={{ __html: '' }} />;
	}
}
