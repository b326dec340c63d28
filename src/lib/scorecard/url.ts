import { DEFAULT_CRITERION_IDS, DEFAULT_CUSTOM_WEIGHT, MAX_AGENCIES, MAX_CUSTOM_CRITERIA, MAX_WEIGHT } from './criteria';
import { cleanPlainText, defaultCriteria, defaultState, finaliseText } from './state';
import type { Agency, Criterion, Issue, ScorecardState, Score } from './types';

/*
 * Shared links carry the whole scorecard in the query string, version 1:
 *
 *   ?v=1&w=10_20_20_15_10_15_10&c=10_After-sales&a=54-3321_Agency+B&a=…
 *
 * - `w`: the seven default weights, in DEFAULT_CRITERION_IDS order, joined by `_`.
 * - `c` (repeatable): a custom criterion, `<weight>_<label>`.
 * - `a` (repeatable): an agency, `<scores>_<name>`; one character per criterion
 *   (defaults, then custom ones in `c` order): `1`–`5`, or `-` for "not scored".
 *
 * `_` is never percent-encoded, and the first `_` ends the number or scores,
 * so names may contain it. The decoder never throws: it keeps what it can
 * read and lists what it ignored.
 */

export const URL_VERSION = '1';
const KNOWN_PARAMETERS = new Set(['v', 'w', 'c', 'a']);
const UNSCORED = '-';
const WEIGHT_TEXT = /^\d{1,3}(\.\d{1,2})?$/;

export function encodeScorecardQuery(state: ScorecardState): string {
	const clean = finaliseText(state);
	const params = new URLSearchParams();
	params.set('v', URL_VERSION);
	const weights = clean.criteria.filter((criterion) => criterion.kind === 'default').map((criterion) => criterion.weight);
	params.set('w', weights.join('_'));
	for (const criterion of clean.criteria) {
		if (criterion.kind === 'custom') params.append('c', `${criterion.weight}_${criterion.label}`);
	}
	for (const agency of clean.agencies) {
		const scores = clean.criteria.map((criterion) => String(agency.scores[criterion.id] ?? UNSCORED)).join('');
		params.append('a', agency.name ? `${scores}_${agency.name}` : scores);
	}
	return params.toString();
}

/** The full link to copy: the page's address with the scorecard as its query. */
export function buildShareUrl(pageUrl: string, state: ScorecardState): string {
	const url = new URL(pageUrl);
	url.search = encodeScorecardQuery(state);
	url.hash = '';
	return url.toString();
}

export type DecodeResult =
	/** The query holds no scorecard: use the saved one. */
	| { kind: 'absent' }
	/** A scorecard link from another version: nothing of it is used. */
	| { kind: 'unsupported'; issues: Issue[] }
	| { kind: 'decoded'; state: ScorecardState; issues: Issue[] };

function splitOnce(text: string, separator: string): [string, string | undefined] {
	const at = text.indexOf(separator);
	return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

function readWeight(text: string | undefined): number | undefined {
	if (text === undefined || !WEIGHT_TEXT.test(text)) return undefined;
	const value = Number(text);
	return value <= MAX_WEIGHT ? value : undefined;
}

/** Reads `location.search` (with or without `?`). Never throws. */
export function decodeScorecardQuery(search: string): DecodeResult {
	try {
		return decode(search);
	} catch {
		// The parser below is written not to throw; this is the last guard.
		return { kind: 'unsupported', issues: [{ kind: 'unreadable' }] };
	}
}

function decode(search: string): DecodeResult {
	const params = new URLSearchParams(typeof search === 'string' ? search : '');
	const keys = [...params.keys()];
	if (!keys.some((key) => KNOWN_PARAMETERS.has(key))) return { kind: 'absent' };

	const issues: Issue[] = [];
	const versions = params.getAll('v');
	if (versions[0] !== URL_VERSION) return { kind: 'unsupported', issues: [{ kind: 'unsupported-version' }] };
	if (versions.length > 1) issues.push({ kind: 'parameter-ignored' });
	for (const key of keys) {
		if (!KNOWN_PARAMETERS.has(key)) issues.push({ kind: 'parameter-ignored' });
	}

	const criteria: Criterion[] = defaultCriteria();
	const weightLists = params.getAll('w');
	if (weightLists.length > 1) issues.push({ kind: 'parameter-ignored' });
	const weightList = weightLists[0];
	if (weightList !== undefined) {
		const parts = weightList.split('_');
		DEFAULT_CRITERION_IDS.forEach((_id, index) => {
			const weight = readWeight(parts[index]);
			const criterion = criteria[index];
			if (weight === undefined || !criterion) issues.push({ kind: 'weight-reset' });
			else criterion.weight = weight;
		});
		if (parts.length > DEFAULT_CRITERION_IDS.length) issues.push({ kind: 'parameter-ignored' });
	}

	// Each position in an agency's score string belongs to one encoded criterion;
	// a dropped custom criterion keeps its position (as null) so later ones still line up.
	const positions: (string | null)[] = criteria.map((criterion) => criterion.id);
	let customCount = 0;
	for (const entry of params.getAll('c')) {
		const [weightText, labelText] = splitOnce(entry, '_');
		if (labelText === undefined || customCount >= MAX_CUSTOM_CRITERIA) {
			issues.push({ kind: 'criterion-dropped' });
			positions.push(null);
			continue;
		}
		customCount += 1;
		const weight = readWeight(weightText);
		if (weight === undefined) issues.push({ kind: 'weight-reset' });
		const label = cleanPlainText(labelText);
		if (label.changed) issues.push({ kind: 'name-cleaned' });
		const id = `custom-${customCount}`;
		criteria.push({ kind: 'custom', id, label: label.value, weight: weight ?? DEFAULT_CUSTOM_WEIGHT });
		positions.push(id);
	}

	const agencies: Agency[] = [];
	for (const entry of params.getAll('a')) {
		if (agencies.length >= MAX_AGENCIES) {
			issues.push({ kind: 'agency-dropped' });
			continue;
		}
		const [scoreText, nameText] = splitOnce(entry, '_');
		const name = cleanPlainText(nameText ?? '');
		if (name.changed) issues.push({ kind: 'name-cleaned' });
		const scores: Agency['scores'] = {};
		const characters = Array.from(scoreText);
		characters.slice(0, positions.length).forEach((character, index) => {
			const criterionId = positions[index];
			if (character === UNSCORED) return;
			if (!/^[1-5]$/.test(character) || !criterionId) {
				issues.push({ kind: 'score-dropped' });
				return;
			}
			scores[criterionId] = Number(character) as Score;
		});
		if (characters.length > positions.length) issues.push({ kind: 'parameter-ignored' });
		agencies.push({ id: `a${agencies.length + 1}`, name: name.value, scores });
	}

	return {
		kind: 'decoded',
		state: { criteria, agencies: agencies.length ? agencies : defaultState().agencies },
		issues,
	};
}
