import type { ContractCheckStrings } from '../../../i18n/tools/contract-check';
import { fill } from '../../../lib/text/template';
import type { TopicResult } from '../../../lib/contract-check/evaluate';
import { getAnswer, type ContractCheckState } from '../../../lib/contract-check/state';
import { marks, valueUnits, type Mark, type TopicOutline, type ValueRule, type ValueUnit } from '../../../lib/contract-check/rules';

/**
 * The topics are server-rendered once by src/components/tools/ContractCheck.astro,
 * so the advice text is in the page once and the island ships none of it.
 * These functions are the island's whole contact with that markup:
 * - `<section class="cc-topic" id="topic-<id>">`, marked with `data-mark`;
 * - radios named `cc-<topic id>` whose values are option ids;
 * - `[data-value-for="<option ids>"]` holding the figure's input and its `[data-error-slot]`;
 * - each radio's `data-mark`, and the value block's `data-unit`, `data-min`,
 *   `data-max` and `data-rules` (`above:90:amber below:60:amber`): the rules;
 * - `[data-mark-slot]` and `[data-draft-slot]`, written here.
 */
export const topicsContainerId = 'cc-topics';

/** The topic id from the section's own anchor (`topic-<id>`), so the page does not carry it twice. */
export const topicIdOf = (section: HTMLElement) => section.id.replace(/^topic-/, '');

function sections(container: HTMLElement): HTMLElement[] {
	return Array.from(container.querySelectorAll<HTMLElement>('section.cc-topic'));
}

const isMark = (value: unknown): value is Mark => marks.includes(value as Mark);

/** `above:90:amber below:60:amber`, as ContractCheck.astro writes it. */
export function parseRules(text: string): ValueRule[] {
	return text
		.split(' ')
		.map((part) => part.split(':'))
		.flatMap(([side, limit, mark]) => {
			const value = Number(limit);
			if (!isMark(mark) || !Number.isFinite(value) || (side !== 'above' && side !== 'below')) return [];
			return [side === 'above' ? { above: value, mark } : { below: value, mark }];
		});
}

/** The rules as the page carries them: option marks on the radios, limits on the value block. */
export function readTopicOutlines(container: HTMLElement): TopicOutline[] {
	return sections(container).map((section) => {
		const options = Array.from(section.querySelectorAll<HTMLInputElement>('input[type="radio"]'), (radio) => ({
			id: radio.value,
			mark: isMark(radio.dataset.mark) ? radio.dataset.mark : 'amber',
		}));
		const block = section.querySelector<HTMLElement>('[data-value-for]');
		const unit = block?.dataset.unit as ValueUnit | undefined;
		if (!block || !unit || !valueUnits.includes(unit)) return { id: topicIdOf(section), options };
		return {
			id: topicIdOf(section),
			options,
			value: {
				unit,
				min: Number(block.dataset.min),
				max: Number(block.dataset.max),
				appliesTo: (block.dataset.valueFor ?? '').split(' '),
				rules: parseRules(block.dataset.rules ?? ''),
			},
		};
	});
}

/** Topic titles in page order, for the summary and announcements. */
export function readTopicTitles(container: HTMLElement): Map<string, string> {
	return new Map(sections(container).map((section) => [topicIdOf(section), section.querySelector('.cc-topic__title')?.textContent?.trim() ?? '']));
}

export interface PaintView {
	state: ContractCheckState;
	results: ReadonlyMap<string, TopicResult>;
	ready: boolean;
	strings: ContractCheckStrings;
}

function errorText(result: TopicResult | undefined, strings: ContractCheckStrings): string {
	if (!result?.answered) return '';
	if (result.value.kind === 'invalid') return strings.valueErrors.invalid;
	if (result.value.kind === 'out-of-range') return fill(strings.valueErrors.outOfRange, { min: result.value.min, max: result.value.max });
	return '';
}

/** Brings every topic in line with the state: checked option, figure, its error, the mark and the draft line for print. */
export function paintTopics(container: HTMLElement, view: PaintView): void {
	const { strings } = view;
	for (const section of sections(container)) {
		const topicId = topicIdOf(section);
		const answer = getAnswer(view.state, topicId);
		const result = view.results.get(topicId);
		const marked = result?.answered ? result : undefined;
		if (marked) section.dataset.mark = marked.mark;
		else delete section.dataset.mark;

		const radios = section.querySelectorAll<HTMLInputElement>('input[type="radio"]');
		let chosenLabel = '';
		radios.forEach((radio) => {
			radio.disabled = !view.ready;
			radio.checked = radio.value === marked?.optionId;
			if (radio.checked) chosenLabel = radio.closest('label')?.textContent?.trim() ?? '';
		});

		const valueBlock = section.querySelector<HTMLElement>('[data-value-for]');
		let figure = '';
		if (valueBlock) {
			const asked = marked !== undefined && (valueBlock.dataset.valueFor ?? '').split(' ').includes(marked.optionId);
			valueBlock.hidden = view.ready && !asked;
			const input = valueBlock.querySelector<HTMLInputElement>('input');
			const error = errorText(marked, strings);
			if (input) {
				input.disabled = !view.ready;
				// Never rewrite the field being typed in: the caret would jump.
				if (input.ownerDocument.activeElement !== input) input.value = answer?.value ?? '';
				if (error) input.setAttribute('aria-invalid', 'true');
				else input.removeAttribute('aria-invalid');
				if (asked && marked?.value.kind === 'read') figure = `${valueBlock.querySelector('label')?.textContent?.trim() ?? ''}: ${input.value}`;
			}
			const errorSlot = valueBlock.querySelector<HTMLElement>('[data-error-slot]');
			if (errorSlot && errorSlot.textContent !== error) errorSlot.textContent = error;
		}

		const markSlot = section.querySelector<HTMLElement>('[data-mark-slot]');
		if (markSlot) {
			markSlot.textContent = marked
				? fill(marked.markedBy === 'value' ? strings.markLineByValue : strings.markLine, {
						name: strings.markName[marked.mark],
						action: strings.markAction[marked.mark],
					})
				: strings.notAnswered;
		}
		const draftSlot = section.querySelector<HTMLElement>('[data-draft-slot]');
		if (draftSlot) {
			draftSlot.hidden = !marked;
			draftSlot.textContent = marked ? `${strings.draftSays}${chosenLabel}${figure ? ` (${figure})` : ''}` : '';
		}
	}
}

/** Calls back when an option is chosen or a figure typed; returns the function that stops listening. */
export function listenForAnswers(
	container: HTMLElement,
	onChoose: (topicId: string, optionId: string) => void,
	onValue: (topicId: string, text: string) => void,
): () => void {
	const topicOf = (target: HTMLInputElement) => {
		const section = target.closest<HTMLElement>('section.cc-topic');
		return section ? topicIdOf(section) : undefined;
	};
	function handleChange(event: Event) {
		const target = event.target;
		if (!(target instanceof HTMLInputElement) || target.type !== 'radio' || !target.checked) return;
		const topicId = topicOf(target);
		if (topicId) onChoose(topicId, target.value);
	}
	function handleInput(event: Event) {
		const target = event.target;
		if (!(target instanceof HTMLInputElement) || target.type !== 'text') return;
		const topicId = topicOf(target);
		if (topicId) onValue(topicId, target.value);
	}
	container.addEventListener('change', handleChange);
	container.addEventListener('input', handleInput);
	return () => {
		container.removeEventListener('change', handleChange);
		container.removeEventListener('input', handleInput);
	};
}
