import type { Criterion, ScorecardState } from '../../../lib/scorecard/types';
import { MAX_CUSTOM_CRITERIA } from '../../../lib/scorecard/criteria';
import { canAddCustomCriterion } from '../../../lib/scorecard/state';
import { formatWeight, parseWeightInput, totalWeight, weightShare } from '../../../lib/scorecard/weights';
import type { View } from './types';

interface Props {
	view: View;
	state: ScorecardState;
	/** Text in each weight field while it differs from the stored weight. */
	drafts: Readonly<Record<string, string>>;
	onWeightInput(criterionId: string, text: string): void;
	onWeightBlur(criterionId: string): void;
	onRenameCustom(criterionId: string, label: string): void;
	onAddCustom(): void;
	onRemoveCustom(criterionId: string): void;
}

export const customNameInputId = (criterionId: string) => `sc-criterion-name-${criterionId}`;
export const addCustomButtonId = 'sc-add-criterion';
/** Anchor of a criterion's description, which the wrapper renders below the tool. */
export const criterionHelpId = (criterionId: string) => `criterion-${criterionId}`;

/** The criteria with their help text and a weight field each. */
export function CriteriaSection(props: Props) {
	const { view, state } = props;
	const { strings } = view;
	const total = totalWeight(state.criteria);
	return (
		<section class="sc-section" aria-labelledby="sc-criteria-heading">
			<h2 id="sc-criteria-heading" tabIndex={-1}>
				{strings.criteria.heading}
			</h2>
			<p class="sc-hint">{strings.criteria.hint}</p>
			<ul class="sc-criteria">
				{state.criteria.map((criterion) => (
					<CriterionRow key={criterion.id} {...props} criterion={criterion} />
				))}
			</ul>
			<p class="sc-criteria__total">{view.fill(strings.criteria.total, { total: formatWeight(total) })}</p>
			{canAddCustomCriterion(state) ? (
				<button type="button" id={addCustomButtonId} class="button button--secondary" onClick={props.onAddCustom}>
					{strings.criteria.addCustom}
				</button>
			) : (
				<p class="sc-hint" id={addCustomButtonId} tabIndex={-1}>
					{view.fill(strings.criteria.customLimit, { max: MAX_CUSTOM_CRITERIA })}
				</p>
			)}
		</section>
	);
}

function CriterionRow(props: Props & { criterion: Criterion }) {
	const { view, state, criterion, drafts } = props;
	const { strings } = view;
	const weightId = `sc-weight-${criterion.id}`;
	const shareId = `${weightId}-share`;
	const errorId = `${weightId}-error`;
	const draft = drafts[criterion.id];
	const parsed = draft === undefined ? null : parseWeightInput(draft);
	const error = parsed && !parsed.ok ? parsed.error : null;
	const text = criterion.kind === 'default' ? view.texts.get(criterion.id) : undefined;
	const label = view.criterionLabel(criterion.id);

	return (
		<li class={`sc-criterion${criterion.kind === 'custom' ? ' sc-criterion--custom' : ''}`}>
			<div class="sc-criterion__text">
				{criterion.kind === 'default' && text ? (
					<>
						<h3 class="sc-criterion__name">{text.label}</h3>
						<a class="sc-criterion__help" href={`#${criterionHelpId(criterion.id)}`}>
							{strings.criteria.helpSummary}
							<span class="visually-hidden">: {text.label}</span>
						</a>
					</>
				) : (
					<>
						<p class="sc-criterion__badge">{strings.criteria.customBadge}</p>
						<label class="sc-label" for={customNameInputId(criterion.id)}>
							{strings.criteria.customNameLabel}
						</label>
						<p class="sc-hint" id={`${customNameInputId(criterion.id)}-hint`}>
							{strings.criteria.customNameHint}
						</p>
						<input
							type="text"
							id={customNameInputId(criterion.id)}
							class="sc-text-input"
							value={criterion.kind === 'custom' ? criterion.label : ''}
							placeholder={label}
							autoComplete="off"
							aria-describedby={`${customNameInputId(criterion.id)}-hint`}
							onInput={(event) => props.onRenameCustom(criterion.id, event.currentTarget.value)}
						/>
						<button type="button" class="sc-link-button" onClick={() => props.onRemoveCustom(criterion.id)}>
							{view.fill(strings.criteria.removeCustom, { criterion: label })}
						</button>
					</>
				)}
			</div>
			<div class={`sc-weight${error ? ' sc-weight--error' : ''}`}>
				<label class="sc-label" for={weightId}>
					{strings.criteria.weightLabel}
					<span class="visually-hidden"> {view.fill(strings.criteria.weightLabelFor, { criterion: label })}</span>
				</label>
				{error && (
					<p class="sc-error" id={errorId}>
						{strings.criteria.weightErrors[error]}{' '}
						<span class="sc-error__detail">{view.fill(strings.criteria.weightStillUsed, { weight: formatWeight(criterion.weight) })}</span>
					</p>
				)}
				<input
					type="text"
					inputMode="decimal"
					id={weightId}
					class="sc-weight__input"
					value={draft ?? formatWeight(criterion.weight)}
					autoComplete="off"
					spellcheck={false}
					aria-invalid={error ? 'true' : undefined}
					aria-describedby={error ? `${errorId} ${shareId}` : shareId}
					onInput={(event) => props.onWeightInput(criterion.id, event.currentTarget.value)}
					onBlur={() => props.onWeightBlur(criterion.id)}
				/>
				<p class="sc-weight__share" id={shareId}>
					{view.fill(strings.criteria.shareOfTotal, { share: view.formatShare(weightShare(criterion, state.criteria)) })}
				</p>
			</div>
		</li>
	);
}
