import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Locale } from '../../i18n/locales';
import type { AnalysisStrings } from '../../i18n/tools/fee-calculator';
import { evaluateContract } from '../../lib/fees/contract';
import { draftFromState, editNumber, stateFromDraft } from '../../lib/fees/draft';
import { encodeState } from '../../lib/fees/url-encode';
import { exampleState } from '../../lib/fees/example';
import { marginView } from '../../lib/fees/margin';
import { sensitivity } from '../../lib/fees/sensitivity';
import { compareAllPairs } from '../../lib/fees/pairs';
import { headingTag } from './fee-calculator/context';
import { CostChart } from './fee-calculator/CostChart';
import { MarginSection } from './fee-calculator/MarginSection';
import { pairSentence } from './fee-calculator/pair-sentence';
import { SensitivityTable } from './fee-calculator/SensitivityTable';
import { ShareLink } from './fee-calculator/ShareLink';
import { sharedDraft, useSharedDraft } from './fee-calculator/store';

interface Props {
	locale: Locale;
	t: AnalysisStrings;
	/** The same id as the FeeCalculator island it follows: that is how they share one draft. */
	id: string;
	headingLevel: number;
}

const marginRules = { margin: 'grossMargin', platformFee: 'platformFeeRate', inHouse: 'inHouseMonthlyCost' } as const;

/**
 * Everything below the headline results: where each pair of quotes breaks
 * even, the cost chart, the 50%/150% sensitivity table, the margin view and
 * the link to share it all.
 * Hydrates when scrolled into view and follows the form through the shared draft.
 */
export default function FeeCalculatorAnalysis({ locale, t, id, headingLevel }: Props) {
	const speech = { locale, t };
	const H2 = headingTag(headingLevel);
	const [draft, update] = useSharedDraft(id, () => draftFromState(exampleState(t.exampleNames), locale));
	const [pageUrl, setPageUrl] = useState('');
	useEffect(() => {
		sharedDraft(id).analysisAwake = true;
		setPageUrl(`${location.origin}${location.pathname}`);
	}, []);

	const state = useMemo(() => stateFromDraft(draft), [draft]);
	const contract = useMemo(() => evaluateContract(state), [state]);
	const pairs = useMemo(() => compareAllPairs(state.quotes, state.refundRate), [state]);
	const link = `${pageUrl}?${encodeState(state)}`;

	return (
		<div class="fc fc-analysis">
			{pairs.length > 0 && (
				<section class="fc-section" aria-labelledby={`${id}-break-even`}>
					<H2 id={`${id}-break-even`}>{t.breakEven.heading}</H2>
					<p>{t.breakEven.intro}</p>
					<ul class="fc-pairs">
						{pairs.map((pair) => (
							<li key={`${pair.a}-${pair.b}`}>{pairSentence(speech, state, pair)}</li>
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
				<SensitivityTable {...speech} state={state} scenarios={sensitivity(state)} />
			</section>
			<section class="fc-section" aria-labelledby={`${id}-margin-heading`}>
				<H2 id={`${id}-margin-heading`}>{t.margin.heading}</H2>
				<MarginSection
					{...speech}
					id={id}
					state={state}
					view={marginView(state, contract)}
					fields={{ margin: draft.margin, platformFee: draft.platformFee, inHouse: draft.inHouse }}
					onInput={(field, text) => update((current) => ({ ...current, [field]: editNumber(current[field], text, marginRules[field]) }))}
				/>
			</section>
			<ShareLink {...speech} link={() => link} />
			{pageUrl && (
				<p class="fc-print-only">
					{t.share.printedLink} {link}
				</p>
			)}
		</div>
	);
}
