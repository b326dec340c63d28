import { Component, type ComponentChild } from 'preact';
import { whenNear } from '../shared/near';

type AnalysisModule = typeof import('./Analysis');

let loaded: AnalysisModule | undefined;
let loading: Promise<AnalysisModule> | undefined;

/**
 * Loads the tool page's analysis once. The page awaits it before rendering, so its HTML has the
 * analysis; the browser loads it when the analysis comes near the screen, the figures change or
 * the page is about to be printed, and the compact calculator never.
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
	/** Said in the analysis's place when its code could not be downloaded. */
	failedText: string;
}

interface State {
	module?: AnalysisModule;
	failed?: boolean;
	/** The figures have changed and the code is on its way: the server's analysis is out of date. */
	stale?: boolean;
}

/**
 * The analysis below the answer (break-evens, chart, sensitivity, margin, sharing), whose code
 * arrives only when it is needed: when the analysis comes within a screen of the visible part of
 * the page, when the figures change (the island renders again) or when the page is about to be
 * printed, whichever comes first. Someone who reads the answer at the top and leaves never
 * downloads it. Until it arrives, the server's HTML stays as it is: while hydrating, Preact leaves
 * alone the children of an element given `dangerouslySetInnerHTML`, and that HTML is the analysis
 * of the example, which is what the form shows until the first change; from then until the module
 * arrives it is dimmed and marked busy. When the module arrives, only this part renders, from the
 * figures as they are then. Should it fail to arrive, the server's analysis gives way to a message
 * rather than stay with the example's figures and buttons that do nothing. The message asks for a
 * reload: browsers keep a failed module download for the life of the page (whatwg/html#10327
 * changes that, and then the next change of figures, which tries again, can succeed).
 */
export class LaterAnalysis extends Component<Props, State> {
	private stopWatching?: () => void;
	/** What the reader typed into the server's boxes before the code arrived, carried into the new ones. */
	private typed?: { values: [string, string][]; focused?: string };

	override componentDidMount() {
		if (loaded) return;
		this.stopWatching = whenNear([this.base as Element], () => this.fetch());
	}

	override componentDidUpdate(previous: Props) {
		// New props mean new figures (the island rendered again): the server's analysis no longer
		// matches them. After a failure, this is also the next attempt.
		if (previous !== this.props && !(this.state.module ?? loaded)) {
			if (!this.state.stale) this.setState({ stale: true });
			this.fetch();
		}
		if (this.state.module && this.typed) this.replayTyped(this.typed);
	}

	/**
	 * The server's boxes (the margin) can be typed into before the code arrives; drawing the analysis
	 * replaces them. So what was typed is read first, then given to the new boxes with the same ids as
	 * if typed there, and the cursor goes back to the box it was in.
	 */
	private captureTyped() {
		const root = this.base;
		if (!(root instanceof HTMLElement)) return;
		const boxes = [...root.querySelectorAll<HTMLInputElement>('input[id]')].filter((box) => box.value !== box.defaultValue);
		const active = document.activeElement;
		this.typed = { values: boxes.map((box) => [box.id, box.value]), focused: active instanceof HTMLElement && root.contains(active) ? active.id : undefined };
	}

	private replayTyped({ values, focused }: { values: [string, string][]; focused?: string }) {
		this.typed = undefined;
		for (const [id, value] of values) {
			const box = document.getElementById(id);
			if (!(box instanceof HTMLInputElement) || box.value === value) continue;
			box.value = value;
			box.dispatchEvent(new Event('input', { bubbles: true }));
		}
		if (focused) document.getElementById(focused)?.focus();
	}

	override componentWillUnmount() {
		this.stopWatching?.();
	}

	private fetch() {
		this.stopWatching?.();
		if (loaded) return;
		void loadAnalysis().then(
			(module) => {
				this.captureTyped();
				this.setState({ module, failed: false, stale: false });
			},
			() => this.setState({ failed: true }),
		);
	}

	override render({ children, failedText }: Props, { module = loaded, failed, stale }: State) {
		if (module) return <div class="fc-analysis">{children(module)}</div>;
		if (failed)
			return (
				<div class="fc-analysis">
					{/* The shared Notice's markup: its module sits in a chunk this page otherwise never loads. */}
					<div class="notice notice--warning fc-analysis-failed" role="status">
						<p>{failedText}</p>
					</div>
				</div>
			);
		// Dimmed and marked busy from the first change until the code arrives: those are the example's figures.
		return <div class="fc-analysis" data-stale={stale ? 'true' : undefined} aria-busy={stale ? 'true' : undefined} dangerouslySetInnerHTML={{ __html: '' }} />;
	}
}
