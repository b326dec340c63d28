import { MAX_AGENCIES, MAX_SCORE, MIN_SCORE } from '../../../lib/scorecard/criteria';
import { canAddAgency, canRemoveAgency } from '../../../lib/scorecard/state';
import type { ScorecardState, Score } from '../../../lib/scorecard/types';
import { weightShare } from '../../../lib/scorecard/weights';
import type { View } from './types';

interface Props {
	view: View;
	state: ScorecardState;
	onRename(agencyId: string, name: string): void;
	onScore(agencyId: string, criterionId: string, score: Score | null): void;
	onAdd(): void;
	onRemove(agencyId: string): void;
}

export const agencyNameInputId = (agencyId: string) => `sc-agency-name-${agencyId}`;
export const addAgencyButtonId = 'sc-add-agency';
const scoreOptions: Score[] = [];
for (let score = MIN_SCORE; score <= MAX_SCORE; score += 1) scoreOptions.push(score as Score);

/**
 * Agencies down, criteria across. On a phone the same table becomes one card
 * per agency (CSS only), and each cell's label, hidden on wide screens where
 * the column heading does its job, becomes visible.
 */
export function ScoreGrid({ view, state, onRename, onScore, onAdd, onRemove }: Props) {
	const { strings } = view;
	return (
		<section class="sc-section" aria-labelledby="sc-grid-heading">
			<h2 id="sc-grid-heading">{strings.grid.heading}</h2>
			{/* Scrolls when many criteria make the table wide; tabbing through the selects scrolls it along. */}
			<section class="sc-grid-scroll" aria-labelledby="sc-grid-caption">
				<table class="sc-grid">
					<caption id="sc-grid-caption">{strings.grid.caption}</caption>
					<thead>
						<tr>
							<th scope="col">{strings.grid.agencyColumn}</th>
							{state.criteria.map((criterion) => (
								<th scope="col" key={criterion.id}>
									<span class="sc-grid__criterion">{view.criterionShortLabel(criterion.id)}</span>
									<span class="sc-grid__share">{view.formatShare(weightShare(criterion, state.criteria))}</span>
								</th>
							))}
						</tr>
					</thead>
					<tbody>
						{state.agencies.map((agency, position) => {
							const name = view.agencyName(agency.id);
							return (
								<tr key={agency.id}>
									<th scope="row" class="sc-grid__agency">
										<label class="visually-hidden" for={agencyNameInputId(agency.id)}>
											{view.fill(strings.grid.nameLabel, { number: position + 1 })}
										</label>
										<input
											type="text"
											id={agencyNameInputId(agency.id)}
											class="sc-text-input sc-grid__name"
											value={agency.name}
											placeholder={name}
											autoComplete="off"
											onInput={(event) => onRename(agency.id, event.currentTarget.value)}
										/>
										{canRemoveAgency(state) && (
											<button type="button" class="sc-link-button" onClick={() => onRemove(agency.id)}>
												{view.fill(strings.grid.removeAgency, { agency: name })}
											</button>
										)}
									</th>
									{state.criteria.map((criterion) => {
										const cellId = `sc-score-${agency.id}-${criterion.id}`;
										const score = agency.scores[criterion.id];
										return (
											<td key={criterion.id} class={score === undefined ? 'sc-grid__cell sc-grid__cell--empty' : 'sc-grid__cell'}>
												{/* Visible on a phone card; the full name below also says which agency. */}
												<label class="sc-grid__cell-label" for={cellId}>
													{view.criterionShortLabel(criterion.id)}
												</label>
												<select
													id={cellId}
													aria-label={view.fill(strings.grid.cellLabel, {
														criterion: view.criterionShortLabel(criterion.id),
														agency: name,
													})}
													value={score === undefined ? '' : String(score)}
													onChange={(event) => {
														const value = event.currentTarget.value;
														onScore(agency.id, criterion.id, value === '' ? null : (Number(value) as Score));
													}}
												>
													<option value="">{strings.grid.notScored}</option>
													{scoreOptions.map((option) => (
														<option key={option} value={String(option)}>
															{option}
														</option>
													))}
												</select>
											</td>
										);
									})}
								</tr>
							);
						})}
					</tbody>
				</table>
			</section>
			<div class="sc-grid__add">
				{canAddAgency(state) ? (
					<button type="button" id={addAgencyButtonId} class="button button--secondary" onClick={onAdd}>
						{strings.grid.addAgency}
					</button>
				) : (
					<p class="sc-hint" id={addAgencyButtonId} tabIndex={-1}>
						{view.fill(strings.grid.agencyLimit, { max: MAX_AGENCIES })}
					</p>
				)}
				<p class="sc-hint">{view.fill(strings.grid.agencyCount, { count: state.agencies.length, max: MAX_AGENCIES })}</p>
			</div>
		</section>
	);
}
