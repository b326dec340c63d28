import { parseNumberInput } from '../format/parse-number';
import { worseMark, type Mark, type TopicOutline, type ValueOutline } from './rules';
import { getAnswer, type ContractCheckState } from './state';

/** What was made of the figure typed for a topic. */
export type ValueReading =
	/** The chosen option asks for no figure. */
	| { kind: 'not-asked' }
	/** Asked, but left empty: the mark rests on the option alone. */
	| { kind: 'empty' }
	| { kind: 'invalid' }
	| { kind: 'out-of-range'; min: number; max: number }
	| { kind: 'read'; value: number };

export type TopicResult =
	| { topicId: string; answered: false }
	| {
			topicId: string;
			answered: true;
			optionId: string;
			mark: Mark;
			/** `value` when the figure made the mark worse than the option alone. */
			markedBy: 'option' | 'value';
			value: ValueReading;
	  };

/** Reads a typed figure against a topic's limits. */
export function readValue(outline: ValueOutline, text: string): ValueReading {
	const parsed = parseNumberInput(text);
	if (!parsed.ok) return parsed.error === 'empty' ? { kind: 'empty' } : { kind: 'invalid' };
	if (parsed.value < outline.min || parsed.value > outline.max) {
		return { kind: 'out-of-range', min: outline.min, max: outline.max };
	}
	return { kind: 'read', value: parsed.value };
}

/** The mark a figure earns on its own: the worst rule it breaks, or green. */
export function markForValue(outline: ValueOutline, value: number): Mark {
	let mark: Mark = 'green';
	for (const rule of outline.rules) {
		const breaks = (rule.above !== undefined && value > rule.above) || (rule.below !== undefined && value < rule.below);
		if (breaks) mark = worseMark(mark, rule.mark);
	}
	return mark;
}

/**
 * The mark for one topic: the chosen option's mark, made worse (never
 * better) by a figure that breaks one of the topic's limits. An answer whose
 * option is not in the rules (from an older release, say) counts as unanswered.
 */
export function evaluateTopic(topic: TopicOutline, state: ContractCheckState): TopicResult {
	const answer = getAnswer(state, topic.id);
	const option = answer && topic.options.find((candidate) => candidate.id === answer.option);
	if (!answer || !option) return { topicId: topic.id, answered: false };
	const asked = topic.value !== undefined && topic.value.appliesTo.includes(option.id);
	const value: ValueReading = asked && topic.value ? readValue(topic.value, answer.value) : { kind: 'not-asked' };
	const valueMark = value.kind === 'read' && topic.value ? markForValue(topic.value, value.value) : 'green';
	const mark = worseMark(option.mark, valueMark);
	return {
		topicId: topic.id,
		answered: true,
		optionId: option.id,
		mark,
		markedBy: mark !== option.mark ? 'value' : 'option',
		value,
	};
}

export interface CheckSummary {
	readonly results: readonly TopicResult[];
	readonly counts: Readonly<Record<Mark | 'unanswered', number>>;
	/** Topics marked red, in the order of the rules. */
	readonly red: readonly string[];
}

export function evaluateCheck(topics: readonly TopicOutline[], state: ContractCheckState): CheckSummary {
	const results = topics.map((topic) => evaluateTopic(topic, state));
	const counts = { red: 0, amber: 0, green: 0, unanswered: 0 };
	for (const result of results) {
		if (result.answered) counts[result.mark] += 1;
		else counts.unanswered += 1;
	}
	const red = results.flatMap((result) => (result.answered && result.mark === 'red' ? [result.topicId] : []));
	return { results, counts, red };
}
