import { parseNumberInput } from '../format/parse-number';
import { contractIdPattern, type TopicOutline } from './rules';
import { getAnswer, type Answer, type ContractCheckState } from './state';

/*
 * A shared link carries every answer in the query string, version 1:
 *
 *   ?v=1&t=term-renewal.fixed-term&t=notice-period.stated.60&t=penalty.absent
 *
 * - `v`: the format version.
 * - `t` (repeatable): one answer, `<topic id>.<option id>` and, where the
 *   topic asks for a figure, `.<figure>` as a plain decimal (`60`, `12.5`).
 *
 * Ids are lower-case words joined by hyphens, so `.` never occurs in them and
 * nothing needs percent-encoding. A figure that does not read as a number is
 * left out of the link (the sender sees its error on their own screen). The
 * decoder never throws: it keeps what it can read and lists what it ignored.
 */

export const URL_VERSION = '1';
const knownParameters = new Set(['v', 't']);
const figurePattern = /^\d{1,12}(?:\.\d{1,4})?$/;
/** More entries than this cannot come from the tool; the rest are ignored unread. */
const maxEntries = 100;

export type LinkIssue = 'topic-dropped' | 'option-dropped' | 'value-dropped' | 'parameter-ignored';

export type DecodeResult =
	/** The query holds no contract check: use the saved one. */
	| { kind: 'absent' }
	/** A link of another version, or unreadable: nothing of it is used. */
	| { kind: 'unsupported' }
	| { kind: 'decoded'; state: ContractCheckState; issues: LinkIssue[] };

/** The figure as a link writes it, or undefined when the typed text is not a usable number. */
function linkFigure(text: string): string | undefined {
	const parsed = parseNumberInput(text);
	if (!parsed.ok || parsed.value < 0) return undefined;
	const rounded = Number(parsed.value.toFixed(4));
	const written = String(rounded);
	return figurePattern.test(written) ? written : undefined;
}

/** The query string (without `?`) for the answers to the given topics, in their order. */
export function encodeContractQuery(topics: readonly TopicOutline[], state: ContractCheckState): string {
	const params = new URLSearchParams();
	params.set('v', URL_VERSION);
	for (const topic of topics) {
		const answer = getAnswer(state, topic.id);
		if (!answer || !topic.options.some((option) => option.id === answer.option)) continue;
		const figure = topic.value?.appliesTo.includes(answer.option) ? linkFigure(answer.value) : undefined;
		params.append('t', figure === undefined ? `${topic.id}.${answer.option}` : `${topic.id}.${answer.option}.${figure}`);
	}
	return params.toString();
}

/** The full link to copy: the page's address with the answers as its query, and no fragment. */
export function buildShareUrl(pageUrl: string, topics: readonly TopicOutline[], state: ContractCheckState): string {
	const url = new URL(pageUrl);
	url.search = encodeContractQuery(topics, state);
	url.hash = '';
	return url.toString();
}

/** Reads `location.search` (with or without `?`) against the current topics. Never throws. */
export function decodeContractQuery(search: string, topics: readonly TopicOutline[]): DecodeResult {
	try {
		return decode(search, topics);
	} catch {
		// Written not to throw; this is the last guard.
		return { kind: 'unsupported' };
	}
}

function decode(search: string, topics: readonly TopicOutline[]): DecodeResult {
	const params = new URLSearchParams(typeof search === 'string' ? search : '');
	const keys = [...new Set(params.keys())];
	if (!keys.some((key) => knownParameters.has(key))) return { kind: 'absent' };
	const versions = params.getAll('v');
	if (versions[0] !== URL_VERSION) return { kind: 'unsupported' };

	const issues: LinkIssue[] = [];
	if (versions.length > 1 || keys.some((key) => !knownParameters.has(key))) issues.push('parameter-ignored');
	const byId = new Map(topics.map((topic) => [topic.id, topic]));
	const answers: Record<string, Answer> = {};
	const entries = params.getAll('t');
	if (entries.length > maxEntries) issues.push('parameter-ignored');
	for (const entry of entries.slice(0, maxEntries)) {
		const [topicId = '', optionId = '', figure, ...extra] = entry.split('.');
		const topic = contractIdPattern.test(topicId) ? byId.get(topicId) : undefined;
		if (!topic || Object.hasOwn(answers, topicId)) {
			issues.push(topic ? 'parameter-ignored' : 'topic-dropped');
			continue;
		}
		if (!topic.options.some((option) => option.id === optionId)) {
			issues.push('option-dropped');
			continue;
		}
		let value = '';
		if (figure !== undefined || extra.length > 0) {
			const asked = topic.value?.appliesTo.includes(optionId) ?? false;
			// Two parts of a decimal were split by the `.` separator; put them back together.
			const text = extra.length === 1 && figure !== undefined ? `${figure}.${extra[0]}` : figure;
			if (asked && text !== undefined && extra.length <= 1 && figurePattern.test(text)) value = text;
			else issues.push('value-dropped');
		}
		answers[topicId] = { option: optionId, value };
	}
	return { kind: 'decoded', state: { answers }, issues };
}
