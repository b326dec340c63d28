import { MAX_SCORE } from '../../../lib/scorecard/criteria';
import { explainResult, type ExplainContext } from '../../../lib/scorecard/explain';
import type { AgencyResult, Ranking } from '../../../lib/scorecard/scoring';
import type { View } from './types';

interface Props {
	view: View;
	ranking: Ranking;
	explain: ExplainContext;
}

/** The ranked agencies, each with a bar and the sentences that explain its place. */
export function Results({ view, ranking, explain }: Props) {
	const { strings } = view;
	const hasTie = ranking.results.some((result) => result.tiedWith.length > 0);
	return (
		<section class="sc-section sc-results" aria-labelledby="sc-results-heading">
			<h2 id="sc-results-heading">{strings.results.heading}</h2>
			{ranking.status === 'no-scores' && <p class="sc-results__empty">{strings.results.noScores}</p>}
			{ranking.status === 'no-weights' && <p class="sc-results__empty">{strings.results.noWeights}</p>}
			{ranking.status === 'ranked' && (
				<ol class="sc-results__list">
					{ranking.results.map((result) => (
						<ResultItem key={result.agencyId} view={view} result={result} explain={explain} />
					))}
				</ol>
			)}
			{hasTie && <p class="sc-hint">{strings.results.tieNote}</p>}
		</section>
	);
}

function rankText(view: View, result: AgencyResult): string {
	const { strings } = view;
	if (result.rank === null) return strings.results.notRanked;
	const ordinal = strings.reasons.ordinals[result.rank - 1] ?? String(result.rank);
	return view.fill(result.tiedWith.length ? strings.results.jointRank : strings.results.rank, { ordinal });
}

function ResultItem({ view, result, explain }: { view: View; result: AgencyResult; explain: ExplainContext }) {
	const ranked = result.rank !== null && result.scoreHundredths !== null;
	const badge = ranked ? `${result.tiedWith.length ? '=' : ''}${result.rank}` : '–';
	const barWidth = ranked ? `${((result.scoreHundredths ?? 0) / (MAX_SCORE * 100)) * 100}%` : '0%';
	return (
		<li class={`sc-result${ranked ? '' : ' sc-result--unranked'}`} data-agency={result.agencyId}>
			<div class="sc-result__head">
				<span class="sc-result__rank" aria-hidden="true">
					{badge}
				</span>
				<span class="visually-hidden">{rankText(view, result)}: </span>
				<span class="sc-result__name">{view.agencyName(result.agencyId)}</span>
				{ranked && <span class="sc-result__score">{view.fill(view.strings.results.outOfFive, { score: view.formatScore(result.scoreHundredths ?? 0) })}</span>}
			</div>
			{ranked && (
				<div class="sc-result__bar" aria-hidden="true">
					<span style={{ width: barWidth }} />
				</div>
			)}
			{explainResult(result, explain).map((sentence, index) => (
				<p class="sc-result__reason" key={index}>
					{sentence}
				</p>
			))}
		</li>
	);
}
