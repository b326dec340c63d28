import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CRITERION_IDS, DEFAULT_WEIGHTS } from '../../../../src/lib/scorecard/criteria';
import { rankAgencies } from '../../../../src/lib/scorecard/scoring';
import { addCustomCriterion, defaultState, finaliseText, setScore, setWeight } from '../../../../src/lib/scorecard/state';
import type { Agency, Criterion, ScorecardState, Score } from '../../../../src/lib/scorecard/types';
import { buildShareUrl, decodeScorecardQuery, encodeScorecardQuery } from '../../../../src/lib/scorecard/url';
import { countIssues } from '../../../../src/lib/scorecard/types';
import { allScored, scorecardWith } from './helpers';

function decodedState(query: string): ScorecardState {
	const result = decodeScorecardQuery(query);
	if (result.kind !== 'decoded') throw new Error(`expected a decoded scorecard, got ${result.kind}`);
	return result.state;
}

/** Any state the interface can produce: 1–5 agencies, 0–3 custom criteria, some cells unscored. */
const scoreArbitrary = fc.constantFrom<Score>(1, 2, 3, 4, 5);
const weightArbitrary = fc.integer({ min: 0, max: 10_000 }).map((hundredths) => hundredths / 100);
const stateArbitrary: fc.Arbitrary<ScorecardState> = fc
	.record({
		weights: fc.array(weightArbitrary, { minLength: 7, maxLength: 7 }),
		custom: fc.array(fc.record({ label: fc.string({ maxLength: 80 }), weight: weightArbitrary }), { maxLength: 3 }),
		agencies: fc.array(
			fc.record({
				name: fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 80 })),
				scores: fc.array(fc.option(scoreArbitrary, { nil: undefined }), { minLength: 10, maxLength: 10 }),
			}),
			{ minLength: 1, maxLength: 5 },
		),
	})
	.map(({ weights, custom, agencies }) => {
		const criteria: Criterion[] = [
			...DEFAULT_CRITERION_IDS.map((id, index) => ({ kind: 'default' as const, id, weight: weights[index] ?? 0 })),
			...custom.map((entry, index) => ({ kind: 'custom' as const, id: `custom-${index + 1}`, ...entry })),
		];
		return {
			criteria,
			agencies: agencies.map((agency, index): Agency => {
				const scores: Agency['scores'] = {};
				criteria.forEach((criterion, position) => {
					const score = agency.scores[position];
					if (score !== undefined) scores[criterion.id] = score;
				});
				return { id: `a${index + 1}`, name: agency.name, scores };
			}),
		};
	});

describe('share link', () => {
	it('has a readable, versioned form', () => {
		let state = scorecardWith({ 'Agency B': { ...allScored(3), team: 5, 'fee-offer': 1 }, Solo: { team: 4 } });
		state = addCustomCriterion(state, 'After-sales');
		state = setScore(state, 'a1', 'custom-1', 4);
		expect(encodeScorecardQuery(state)).toBe('v=1&w=10_20_20_15_10_15_10&c=10_After-sales&a=33531334_Agency+B&a=--4-----_Solo');
	});

	it('keeps only the page address and replaces any old query or fragment', () => {
		expect(buildShareUrl('https://example.test/zh/tools/scorecard/?v=9#top', defaultState())).toBe(
			'https://example.test/zh/tools/scorecard/?v=1&w=10_20_20_15_10_15_10&a=-------&a=-------&a=-------',
		);
	});

	it('round-trips every state the tool can produce, with the same ranking', () => {
		fc.assert(
			fc.property(stateArbitrary, (state) => {
				const result = decodeScorecardQuery(encodeScorecardQuery(state));
				expect(result.kind).toBe('decoded');
				if (result.kind !== 'decoded') return;
				expect(result.state).toEqual(finaliseText(state));
				// Names the cleaner had to shorten are the only thing it may report.
				expect(result.issues.every((issue) => issue.kind === 'name-cleaned')).toBe(true);
				expect(rankAgencies(result.state)).toEqual(rankAgencies(finaliseText(state)));
			}),
			{ numRuns: 2000 },
		);
	});

	it('is absent when the query has nothing of the scorecard in it', () => {
		expect(decodeScorecardQuery('')).toEqual({ kind: 'absent' });
		expect(decodeScorecardQuery('?utm_source=wechat')).toEqual({ kind: 'absent' });
	});

	it('refuses links from another version instead of misreading them', () => {
		expect(decodeScorecardQuery('?v=2&a=55555')).toEqual({ kind: 'unsupported', issues: [{ kind: 'unsupported-version' }] });
		expect(decodeScorecardQuery('?a=55555')).toEqual({ kind: 'unsupported', issues: [{ kind: 'unsupported-version' }] });
	});

	it('keeps what it can read from a damaged link and reports the rest', () => {
		const result = decodeScorecardQuery('?v=1&w=10_abc_20_15_10_999_10_7&c=5_Live-stream&c=nounderscore&a=5x-9-1-44_Good&a=12&x=1&v=3');
		expect(result.kind).toBe('decoded');
		if (result.kind !== 'decoded') return;
		const weights = Object.fromEntries(result.state.criteria.map((criterion) => [criterion.id, criterion.weight]));
		expect(weights).toEqual({
			...DEFAULT_WEIGHTS,
			'custom-1': 5,
		});
		expect(result.state.agencies.map((agency) => [agency.name, agency.scores])).toEqual([
			// Positions 1–7 are the defaults, 8 is custom-1, 9 belonged to the dropped criterion.
			['Good', { 'service-rating': 5, 'contract-terms': 1, 'custom-1': 4 }],
			['', { 'service-rating': 1, 'category-results': 2 }],
		]);
		expect(countIssues(result.issues)).toEqual({
			'weight-reset': 2,
			'parameter-ignored': 3,
			'criterion-dropped': 1,
			'score-dropped': 3,
		});
	});

	it('keeps at most five agencies and three custom criteria', () => {
		const agencies = Array.from({ length: 7 }, () => 'a=5').join('&');
		const custom = Array.from({ length: 5 }, (_, index) => `c=1_C${index}`).join('&');
		const result = decodeScorecardQuery(`?v=1&${custom}&${agencies}`);
		if (result.kind !== 'decoded') throw new Error('expected decoded');
		expect(result.state.agencies).toHaveLength(5);
		expect(result.state.criteria.filter((criterion) => criterion.kind === 'custom')).toHaveLength(3);
		expect(countIssues(result.issues)).toEqual({ 'agency-dropped': 2, 'criterion-dropped': 2 });
	});

	it('reads names as plain text, without markup or direction overrides, and says so', () => {
		const result = decodeScorecardQuery(`?v=1&a=5_${encodeURIComponent('<img src=x onerror=alert(1)>Acme\u202e Co')}`);
		if (result.kind !== 'decoded') throw new Error('expected decoded');
		expect(result.state.agencies[0]?.name).toBe('Acme Co');
		expect(result.issues).toEqual([{ kind: 'name-cleaned' }]);
	});

	it('reproduces the ranking it was made from', () => {
		let state = scorecardWith({ A: allScored(3), B: { ...allScored(4), 'fee-offer': 2 }, C: allScored(3) });
		state = setWeight(state, 'fee-offer', 40);
		const original = rankAgencies(state);
		const shared = rankAgencies(decodedState(encodeScorecardQuery(state)));
		expect(shared).toEqual(original);
		expect(shared.results.map((result) => result.rank)).toEqual([1, 2, 2]);
	});

	it('never throws and always gives a usable scorecard, whatever the query', () => {
		const hostile = fc.oneof(
			fc.string(),
			fc.string({ unit: 'binary' }),
			fc.string({ unit: fc.constantFrom('v', '=', '1', '&', 'a', 'w', 'c', '_', '%', '-', '5', 'é', '\ud800', '?', '+') }),
			fc
				.array(fc.tuple(fc.constantFrom('v', 'w', 'c', 'a', 'x'), fc.string({ unit: 'binary' })), { maxLength: 12 })
				.map((pairs) => `?v=1&${pairs.map(([key, value]) => `${key}=${value}`).join('&')}`),
		);
		fc.assert(
			fc.property(hostile, (query) => {
				const result = decodeScorecardQuery(query);
				if (result.kind !== 'decoded') return;
				const { agencies, criteria } = result.state;
				expect(agencies.length).toBeGreaterThanOrEqual(1);
				expect(agencies.length).toBeLessThanOrEqual(5);
				expect(criteria.filter((criterion) => criterion.kind === 'custom').length).toBeLessThanOrEqual(3);
				for (const criterion of criteria) expect(criterion.weight).toBeGreaterThanOrEqual(0);
				for (const criterion of criteria) expect(criterion.weight).toBeLessThanOrEqual(100);
				for (const agency of agencies) {
					expect(Array.from(agency.name).length).toBeLessThanOrEqual(60);
					expect(agency.name).not.toMatch(/[\u0000-\u001f\u202a-\u202e<>]/);
				}
				// Whatever was decoded can be shared again without loss.
				expect(decodedState(encodeScorecardQuery(result.state))).toEqual(result.state);
			}),
			{ numRuns: 5000 },
		);
	});
});
