import type { ChecklistStep } from '../../../schemas/checklist';
import type { ChecklistStrings } from '../../../i18n/tools/checklist';
import { fillTemplate } from '../../../i18n/ui';
import { itemNote, isItemDone, type ChecklistState, type StepProgress } from '../../../lib/checklist/state';
import { ChecklistItem } from './ChecklistItem';

interface Props {
	step: ChecklistStep;
	number: number;
	progress: StepProgress;
	state: ChecklistState;
	ready: boolean;
	strings: ChecklistStrings;
	onDoneChange: (itemId: string, done: boolean) => void;
	onNoteChange: (itemId: string, note: string) => void;
}

type StatusKey = keyof ChecklistStrings['status'];

function statusOf({ done, total }: StepProgress): StatusKey {
	if (done === 0) return 'notStarted';
	return done === total ? 'completed' : 'inProgress';
}

/** One step of the task list: heading, progress and status, then its items in a fieldset. */
export function StepSection({ step, number, progress, state, ready, strings, onDoneChange, onNoteChange }: Props) {
	const headingId = `step-${step.id}-heading`;
	const status = statusOf(progress);
	return (
		<section id={`step-${step.id}`} class="cl-step" aria-labelledby={headingId}>
			<div class="cl-step__head">
				<h2 id={headingId} class="cl-step__title">
					<span class="cl-step__number">{fillTemplate(strings.stepNumber, { number })}</span>{' '}
					{step.title}
				</h2>
				<p class="cl-step__progress">
					<span class={`cl-tag cl-tag--${status}`}>{strings.status[status]}</span>{' '}
					<span>{fillTemplate(strings.stepProgress, { done: progress.done, total: progress.total })}</span>
				</p>
			</div>
			<p class="cl-step__summary">{step.summary}</p>
			<fieldset class="cl-step__items">
				<legend class="visually-hidden">{fillTemplate(strings.itemsLegend, { step: step.title })}</legend>
				<ul class="cl-items">
					{step.items.map((item) => (
						<ChecklistItem
							key={item.id}
							item={item}
							done={isItemDone(state, item.id)}
							note={itemNote(state, item.id)}
							ready={ready}
							strings={strings}
							onDoneChange={onDoneChange}
							onNoteChange={onNoteChange}
						/>
					))}
				</ul>
			</fieldset>
		</section>
	);
}
