import { describe, expect, it } from 'vitest';
import { MAX_AGENCIES, MAX_CUSTOM_CRITERIA, MAX_NAME_LENGTH } from '../../../../src/lib/scorecard/criteria';
import {
	addAgency,
	addCustomCriterion,
	cleanPlainText,
	defaultState,
	removeAgency,
	removeCustomCriterion,
	renameAgency,
	setScore,
	setWeight,
} from '../../../../src/lib/scorecard/state';
import { parseWeightInput, totalWeight, weightShare } from '../../../../src/lib/scorecard/weights';

describe('weight input', () => {
	it.each([
		['15', 15],
		['0', 0],
		['100', 100],
		['12.5', 12.5],
		['2。5', 2.5],
		[' 20 ', 20],
		['20%', 20],
		['１５', 15],
		['７．５', 7.5],
		['.5', 0.5],
		['33.333', 33.33],
	])('reads %j as %d', (text, value) => {
		expect(parseWeightInput(text)).toEqual({ ok: true, value });
	});

	it.each([
		['', 'empty'],
		['   ', 'empty'],
		['abc', 'not-a-number'],
		['-5', 'not-a-number'],
		['1e3', 'not-a-number'],
		['12.5.1', 'not-a-number'],
		['Infinity', 'not-a-number'],
		['100.01', 'too-large'],
		['250', 'too-large'],
		// The same reader as the fee calculator: never 1 (as it once was here) and never 1.5 or 15.
		['1,000', 'too-large'],
		['1,5', 'decimal-comma'],
		['12,5', 'decimal-comma'],
	])('rejects %j as %s', (text, error) => {
		expect(parseWeightInput(text)).toEqual({ ok: false, error });
	});
});

describe('default criteria', () => {
	it('start with weights that add up to 100, so each reads as a percentage', () => {
		const { criteria } = defaultState();
		expect(criteria).toHaveLength(7);
		expect(totalWeight(criteria)).toBe(100);
		expect(
			weightShare(
				criteria.find((criterion) => criterion.id === 'team')!,
				criteria,
			),
		).toBe(0.2);
	});
});

describe('agencies', () => {
	it('can be added up to five and removed down to one', () => {
		let state = defaultState();
		expect(state.agencies).toHaveLength(3);
		for (let step = 0; step < 10; step += 1) state = addAgency(state);
		expect(state.agencies).toHaveLength(MAX_AGENCIES);
		for (const agency of [...state.agencies]) state = removeAgency(state, agency.id);
		expect(state.agencies).toHaveLength(1);
	});

	it('get fresh ids, so a removed agency’s scores never reappear', () => {
		let state = setScore(defaultState(), 'a2', 'team', 5);
		state = removeAgency(state, 'a2');
		state = addAgency(state);
		expect(state.agencies.map((agency) => agency.id)).toEqual(['a1', 'a3', 'a2']);
		expect(state.agencies[2]?.scores).toEqual({});
	});
});

describe('custom criteria', () => {
	it('are limited to three and take their scores with them when removed', () => {
		let state = defaultState();
		for (let step = 0; step < 5; step += 1) state = addCustomCriterion(state, `Extra ${step}`);
		expect(state.criteria.filter((criterion) => criterion.kind === 'custom')).toHaveLength(MAX_CUSTOM_CRITERIA);
		state = setScore(state, 'a1', 'custom-2', 4);
		state = removeCustomCriterion(state, 'custom-2');
		expect(state.criteria.map((criterion) => criterion.id)).not.toContain('custom-2');
		expect(state.agencies[0]?.scores).toEqual({});
	});

	it('cannot remove a default criterion (its weight can go to 0 instead)', () => {
		const state = removeCustomCriterion(defaultState(), 'team');
		expect(state.criteria).toHaveLength(7);
	});

	it('ignore scores for a criterion that does not exist', () => {
		const state = setScore(defaultState(), 'a1', 'custom-9', 5);
		expect(state.agencies[0]?.scores).toEqual({});
	});

	it('refuse weights outside 0–100', () => {
		const state = defaultState();
		expect(setWeight(state, 'team', -1)).toBe(state);
		expect(setWeight(state, 'team', 101)).toBe(state);
		expect(setWeight(state, 'team', Number.NaN)).toBe(state);
	});
});

describe('names', () => {
	it('are plain text: control and direction-override characters are removed', () => {
		expect(cleanPlainText('Agency\u202e B\u0000')).toEqual({ value: 'Agency B', changed: true });
	});

	it('lose any markup, so a hostile link cannot even show its payload', () => {
		expect(cleanPlainText('<b>Acme</b> & Co')).toEqual({ value: 'Acme & Co', changed: true });
		expect(cleanPlainText('a < b')).toEqual({ value: 'a b', changed: true });
	});

	it('lose unpaired surrogates, which cannot travel in a link', () => {
		expect(cleanPlainText('Acme\ud800')).toEqual({ value: 'Acme', changed: true });
		expect(cleanPlainText('Acme 😀').changed).toBe(false);
	});

	it('are cut to the maximum length in characters, not code units', () => {
		const long = '杭'.repeat(MAX_NAME_LENGTH) + '州😀';
		const { value, changed } = cleanPlainText(long);
		expect(Array.from(value)).toHaveLength(MAX_NAME_LENGTH);
		expect(changed).toBe(true);
	});

	it('keep a trailing space while typing', () => {
		expect(renameAgency(defaultState(), 'a1', 'Agency ').agencies[0]?.name).toBe('Agency ');
	});
});
