import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS } from '../../../../src/lib/scorecard/criteria';
import { addCustomCriterion, defaultState, setScore, setWeight } from '../../../../src/lib/scorecard/state';
import {
	STORAGE_KEY,
	clearScorecard,
	loadScorecard,
	recoverState,
	saveScorecard,
	serialiseState,
	type KeyValueStore,
} from '../../../../src/lib/scorecard/storage';
import { countIssues } from '../../../../src/lib/scorecard/types';
import { allScored, scorecardWith } from './helpers';

describe('saved scorecard', () => {
	it('comes back exactly as it was saved', () => {
		let state = scorecardWith({ 'Hangzhou Alpha': allScored(4), '上海贝塔': { team: 2, reporting: 5 } });
		state = addCustomCriterion(state, 'After-sales');
		state = setWeight(state, 'custom-1', 12.5);
		state = setScore(state, 'a2', 'custom-1', 3);
		const recovered = recoverState(serialiseState(state));
		expect(recovered).toEqual({ state, issues: [], found: true });
	});

	it('is the starting scorecard, with nothing to report, when nothing was saved', () => {
		expect(recoverState(null)).toEqual({ state: defaultState(), issues: [], found: false });
	});

	it.each(['not json', '{', '42', 'null', '[]', '"text"'])('resets and says so when storage holds %j', (raw) => {
		const recovered = recoverState(raw);
		expect(recovered.state).toEqual(defaultState());
		expect(recovered.issues).toEqual([{ kind: 'unreadable' }]);
	});

	it('does not guess at data from another version', () => {
		const recovered = recoverState(JSON.stringify({ version: 2, agencies: [] }));
		expect(recovered.state).toEqual(defaultState());
		expect(recovered.issues).toEqual([{ kind: 'unsupported-version' }]);
	});

	it('keeps the good parts of damaged data and lists every reset', () => {
		const raw = JSON.stringify({
			version: 1,
			criteria: [
				{ id: 'team', weight: 35 },
				{ id: 'fee-offer', weight: 'lots' },
				{ id: 'made-up', weight: 10 },
				{ id: 'custom-1', weight: 500, label: 'Live\u0007stream' },
				null,
			],
			agencies: [
				{ name: 'Kept', scores: { team: 5, reporting: 9, 'fee-offer': 2.5, nonsense: 3 } },
				'not an agency',
				{ name: 42, scores: { 'custom-1': 4 } },
			],
		});
		const { state, issues } = recoverState(raw);
		expect(state.criteria.find((criterion) => criterion.id === 'team')?.weight).toBe(35);
		expect(state.criteria.find((criterion) => criterion.id === 'fee-offer')?.weight).toBe(DEFAULT_WEIGHTS['fee-offer']);
		expect(state.criteria.find((criterion) => criterion.id === 'custom-1')).toEqual({
			kind: 'custom',
			id: 'custom-1',
			label: 'Livestream',
			weight: 10,
		});
		expect(state.agencies.map((agency) => [agency.name, agency.scores])).toEqual([
			['Kept', { team: 5 }],
			['', { 'custom-1': 4 }],
		]);
		expect(countIssues(issues)).toEqual({
			'weight-reset': 2,
			'criterion-dropped': 2,
			'name-cleaned': 2,
			'score-dropped': 3,
			'agency-dropped': 1,
		});
	});

	it('keeps at most five agencies', () => {
		const agencies = Array.from({ length: 8 }, (_, index) => ({ name: `Agency ${index}`, scores: {} }));
		const { state, issues } = recoverState(JSON.stringify({ version: 1, criteria: [], agencies }));
		expect(state.agencies).toHaveLength(5);
		expect(countIssues(issues)).toEqual({ 'agency-dropped': 3 });
	});

	it('gives back starting agencies when the saved list is empty, so there is always a row to fill in', () => {
		const { state } = recoverState(JSON.stringify({ version: 1, criteria: [], agencies: [] }));
		expect(state.agencies).toHaveLength(3);
	});

	it('never throws, whatever is in storage', () => {
		const jsonish = fc.oneof(
			fc.string(),
			fc.json(),
			fc.jsonValue().map((value) => JSON.stringify({ version: 1, criteria: value, agencies: value })),
			fc
				.record({
					version: fc.constantFrom(1, 2, '1'),
					criteria: fc.array(fc.record({ id: fc.string(), weight: fc.anything(), label: fc.anything() }, { requiredKeys: [] })),
					agencies: fc.array(fc.record({ name: fc.anything(), scores: fc.dictionary(fc.string(), fc.anything()) }, { requiredKeys: [] })),
				})
				.map((value) => JSON.stringify(value)),
		);
		fc.assert(
			fc.property(jsonish, (raw) => {
				const { state } = recoverState(raw);
				expect(state.agencies.length).toBeGreaterThanOrEqual(1);
				expect(state.agencies.length).toBeLessThanOrEqual(5);
				for (const agency of state.agencies) {
					for (const score of Object.values(agency.scores)) expect([1, 2, 3, 4, 5]).toContain(score);
				}
				// What was recovered saves and reloads without further repairs.
				expect(recoverState(serialiseState(state)).issues).toEqual([]);
			}),
			{ numRuns: 3000 },
		);
	});
});

describe('browser storage', () => {
	function memoryStore(): KeyValueStore & { data: Map<string, string> } {
		const data = new Map<string, string>();
		return {
			data,
			getItem: (key) => data.get(key) ?? null,
			setItem: (key, value) => void data.set(key, value),
			removeItem: (key) => void data.delete(key),
		};
	}

	const refusingStore: KeyValueStore = {
		getItem: () => {
			throw new DOMException('denied', 'SecurityError');
		},
		setItem: () => {
			throw new DOMException('full', 'QuotaExceededError');
		},
		removeItem: () => {
			throw new DOMException('denied', 'SecurityError');
		},
	};

	it('saves and loads through one key', () => {
		const store = memoryStore();
		const state = scorecardWith({ Acme: { team: 5 } });
		expect(saveScorecard(store, state)).toBe(true);
		expect([...store.data.keys()]).toEqual([STORAGE_KEY]);
		expect(loadScorecard(store)).toEqual({ state, issues: [], found: true, available: true });
		clearScorecard(store);
		expect(loadScorecard(store).found).toBe(false);
	});

	it('keeps working in memory when the browser refuses storage', () => {
		expect(loadScorecard(refusingStore)).toEqual({ state: defaultState(), issues: [], found: false, available: false });
		expect(saveScorecard(refusingStore, defaultState())).toBe(false);
		expect(() => clearScorecard(refusingStore)).not.toThrow();
		expect(loadScorecard(undefined).available).toBe(false);
	});
});
