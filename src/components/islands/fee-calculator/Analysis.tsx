import type { FeeCalculatorStrings } from '../../../i18n/tools/fee-calculator';
import type { CalculatorDraft } from '../../../lib/fees/draft';
import { marginView } from '../../../lib/fees/margin';
import { allPairs } from '../../../lib/fees/pairs';
import { sensitivity } from '../../../lib/fees/sensitivity';
import type { CalculatorState, ContractResult } from '../../../lib/fees/types';
import { headingTag, type Speech } from './context';
import { CostChart } from './CostChart';
import { MarginSection, type MarginField } from './MarginSection';
import { pairSentence } from '../../../lib/fees/pair-sentence';
import { SensitivityTable } from './SensitivityTable';
import { ShareLink } from './ShareLink';

export { loadManualLink } from './ShareLink';

/** From no sales to twice the forecast, like the chart; 50%, 100% and 150% are the sensitivity view. */
const chartShares = [0, 0.5, 1, 1.5, 2];

type AnalysisWords = Pick<FeeCalculatorStrings, 'breakEven' | 'chart' | 'sensitivity' | 'margin' | 'share' | 'nameInSentence'>;

export interface AnalysisProps extends Speech<AnalysisWords> {
	id: string;
	headingLevel: number;
	state: CalculatorState;
	contract: ContractResult;
	draft: CalculatorDraft;
	onMarginInput: (field: MarginField, text: string) => void;
	/** The tool page's public address without a query, for the printed link. */
	pageUrl: string;
	query: string;
	share: { status: string; manualLink: string };
	onCopy: () => void;
}

/**
 * Everything below the headline results on the tool page: where each pair of
 * quotes breaks even, the cost chart, the 50%/150% sensitivity table, the
 * margin view and the link to share it all.
 */
export function Analysis({ id, headingLevel, state, contract, draft, onMarginInput, pageUrl, query, share, onCopy, locale, t }: AnalysisProps) {
	const speech = { locale, t };
	const H2 = headingTag(headingLevel);
	const pairs = allPairs(state.quotes, state.refundRate);
	const link = `${pageUrl}?${query}`;
	return (
		<>
			{pairs.length > 0 && (
				<section class="fc-section" aria-labelledby={`${id}-break-even`}>
					<H2 id={`${id}-break-even`}>{t.breakEven.heading}</H2>
					<p>{t.breakEven.intro}</p>
					<ul class="fc-pairs">
						{pairs.map((pair) => (
							<li key={`${pair.a}-${pair.b}`}>{pairSentence(speech.locale, speech.t, state, pair)}</li>
						))}
					</ul>
				</section>
			)}
			<section class="fc-section" aria-labelledby={`${id}-chart`}>
				<H2 id={`${id}-chart`}>{t.chart.heading}</H2>
				<CostChart {...speech} id={id} state={state} pairs={pairs} />
			</section>
			<section class="fc-section" aria-labelledby={`${id}-sensitivity`}>
				<H2 id={`${id}-sensitivity`}>{t.sensitivity.heading}</H2>
				<p>{t.sensitivity.intro}</p>
				<SensitivityTable {...speech} state={state} scenarios={sensitivity(state, chartShares)} />
			</section>
			<section class="fc-section" aria-labelledby={`${id}-margin-heading`}>
				<H2 id={`${id}-margin-heading`}>{t.margin.heading}</H2>
				<MarginSection {...speech} id={id} state={state} view={marginView(state, contract)} draft={draft} onInput={onMarginInput} />
			</section>
			<ShareLink {...speech} id={id} onCopy={onCopy} {...share} />
			<p class="fc-print-only">
				{t.share.printedLink} {link}
			</p>
		</>
	);
}
