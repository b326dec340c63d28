import type { ComponentChild } from 'preact';
import FeeCalculator from './FeeCalculator';
import { Analysis, type AnalysisProps } from './fee-calculator/Analysis';

/**
 * The fee calculator of the tool page: the compact calculator plus the analysis below the
 * results. A separate island, so guide pages with the compact calculator never load the
 * analysis code.
 */
export default class FeeCalculatorFull extends FeeCalculator {
	protected override renderAnalysis(props: AnalysisProps): ComponentChild {
		return <Analysis {...props} />;
	}
}
