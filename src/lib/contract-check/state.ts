import { isContractId } from './rules';

/**
 * What the merchant has said about their draft: for each topic, the option
 * that matches the draft and, where the topic asks for one, the figure as
 * typed. The text is kept as typed (not as a number), so a typo survives a
 * reload and is shown back with its error rather than silently lost.
 *
 * Answers for topic ids not in the current rules are kept, dormant, as the
 * checklist does: a topic a release removes and a later one restores loses
 * nothing. `maxSavedAnswers` bounds how many can pile up.
 */
export interface Answer {
	readonly option: string;
	/** The figure as typed; empty when none was typed. */
	readonly value: string;
}

export interface ContractCheckState {
	readonly answers: Readonly<Record<string, Answer>>;
}

/** Room for far more topics than the check will ever have. */
export const maxSavedAnswers = 200;
/** A figure is a number and perhaps a unit: `90`, `20%`, `１２０天`. */
export const valueMaxLength = 24;

export function emptyState(): ContractCheckState {
	return { answers: {} };
}

/** Own-property lookup: `constructor` is a valid id and must not find `Object.prototype`. */
export function getAnswer(state: ContractCheckState, topicId: string): Answer | undefined {
	return Object.hasOwn(state.answers, topicId) ? state.answers[topicId] : undefined;
}

/** Control characters removed, spaces trimmed, length capped: what every entry point keeps of a typed figure. */
export function normalizeValueText(raw: string): string {
	const cleaned = raw.replace(/[\u0000-\u001F\u007F]/g, '').trim();
	const characters = Array.from(cleaned);
	return characters.length > valueMaxLength ? characters.slice(0, valueMaxLength).join('') : cleaned;
}

function assertId(id: string): void {
	if (!isContractId(id)) throw new RangeError(`Not a contract-check id: ${JSON.stringify(id)}`);
}

function withAnswers(state: ContractCheckState, change: (answers: Record<string, Answer>) => void): ContractCheckState {
	const answers: Record<string, Answer> = { ...state.answers };
	change(answers);
	return { answers };
}

/** Picks an option for a topic; the figure typed so far stays. */
export function chooseOption(state: ContractCheckState, topicId: string, optionId: string): ContractCheckState {
	assertId(topicId);
	assertId(optionId);
	const value = getAnswer(state, topicId)?.value ?? '';
	return withAnswers(state, (answers) => {
		answers[topicId] = { option: optionId, value };
	});
}

/** Records the figure typed for a topic; the topic must already have an option. */
export function setValueText(state: ContractCheckState, topicId: string, text: string): ContractCheckState {
	assertId(topicId);
	const answer = getAnswer(state, topicId);
	if (!answer) return state;
	return withAnswers(state, (answers) => {
		answers[topicId] = { option: answer.option, value: normalizeValueText(text) };
	});
}

/** Forgets the answer to one topic. */
export function clearAnswer(state: ContractCheckState, topicId: string): ContractCheckState {
	if (!getAnswer(state, topicId)) return state;
	return withAnswers(state, (answers) => {
		delete answers[topicId];
	});
}
