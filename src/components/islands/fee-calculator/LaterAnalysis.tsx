import { Component, type ComponentChild } from 'preact';

type AnalysisModule = typeof import('./Analysis');

let loaded: AnalysisModule | undefined;
let loading: Promise<AnalysisModule> | undefined;

/**
 * Loads the tool page's analysis once. The page awaits it before rendering, so its HTML has the
 * analysis; the browser loads it just after the island wakes, and the compact calculator never.
 */
export function loadAnalysis(): Promise<AnalysisModule> {
	loading ??= import('./Analysis').then((module) => (loaded = module));
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
 * arrives, only this part renders, from the figures as they are then. Should it never arrive, the
 * server's analysis of the example stays.
 */
export class LaterAnalysis extends Component<Props, { module?: AnalysisModule }> {
	override componentDidMount() {
		if (loaded) return;
		void loadAnalysis()
			.then((module) => this.setState({ module }))
			.catch(() => undefined);
	}

	override render({ children }: Props) {
		const module = this.state.module ?? loaded;
		return module ? <div class="fc-analysis">{children(module)}</div> : <div class="fc-analysis" dangerouslySetInnerHTML={{ __html: '' }} />;
	}
}
