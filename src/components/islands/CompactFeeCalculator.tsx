import { Calculator, type CalculatorProps, type Figures } from './fee-calculator/Calculator';

interface Props extends CalculatorProps {
	/** Where the full calculator lives, for the "open with these figures" link. */
	fullToolHref: string;
}

/**
 * The fee calculator inside a guide page: the store, the quotes and the answer, with a link that
 * opens the tool page with the same figures. No figures in the address, no tiers, no analysis:
 * its code is the shared calculator and this file alone.
 */
export default class CompactFeeCalculator extends Calculator<Props> {
	protected readonly variant = 'compact';

	constructor(props: Props) {
		// The page's HTML has only the example's answer in sentences; the form and table come once it wakes.
		super(props, false);
	}

	protected async linkQuery() {
		return null;
	}

	/** It has no "Copy link". */
	protected async loadManualLink() {}

	override componentDidMount() {
		this.setState({ formShown: true });
	}

	protected override renderUnderAnswer({ query }: Figures) {
		return (
			<p>
				<a href={`${this.props.fullToolHref}?${query}`}>{this.props.t.share.openFull}</a>
			</p>
		);
	}
}
