import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS } from '../../../../src/lib/scorecard/criteria';
import { addCustomCriterion, defaultState, setScore, setWeight } from '../../../../src/lib/scorecard/state';
import { STORAGE_KEY, clearScorecard, loadScorecard, recoverState, saveScorecard, serialiseState } from '../../../../src/lib/scorecard/storage';
import type { KeyValueStore } from '../../../../src/lib/storage/key-value-store';
import { countIssues } from '../../../../src/lib/scorecard/types';
import { allScored, scorecardWith } from './helpers';

describe('saved scorecard', () => {
	it('comes back exactly as it was saved', () => {
		let state = scorecardWith({ 'Hangzhou Alpha': allScored(4), 上海贝塔: { team: 2, reporting: 5 } });
		state = addCustomCriterion(state, 'After-sales');
		state = setWeight(state, 'custom-1', 12.5);
		state = setScore(state, 'a2', 'custom-1', 3);
		const recovered = recoverState(serialiseState(state));
		expect(recovered).toEqual({ state, issues: [], found: true });
	});

	it('is the starting scorecard, with nothing to report, when nothing was saved', () => {
		expect(recoverState(null)).toEqual({ state: defaultState(), issues: [], found: false });
	});

	it('is kept in the same versioned text as a shared link', () => {
		const state = scorecardWith({ Acme: { team: 5 } });
		expect(serialiseState(state)).toBe('v=1&w=10_20_20_15_10_15_10&a=--5----_Acme');
	});

	it.each(['not a scorecard', '{"version":1}', '42', 'null', '', '%%%'])('resets and says so when storage holds %j', (raw) => {
		const recovered = recoverState(raw);
		expect(recovered.state).toEqual(defaultState());
		expect(recovered.issues).toEqual([{ kind: 'unreadable' }]);
	});

	it('does not guess at data from another version', () => {
		const recovered = recoverState('v=2&a=55555');
		expect(recovered.state).toEqual(defaultState());
		expect(recovered.issues).toEqual([{ kind: 'unsupported-version' }]);
	});

	it('keeps the good parts of damaged data and lists every reset', () => {
		const raw = ['v=1', 'w=10_20_35_15_lots_15_10', `c=500_${encodeURIComponent('Live\u0007stream')}`, 'c=broken', 'a=--5-9-2.5_Kept', 'a=-------44_'].join(
			'&',
		);
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
			// "9" and "." are not scores; the last "5" sits in the dropped criterion's place.
			['Kept', { team: 5, reporting: 2 }],
			['', { 'custom-1': 4 }],
		]);
		expect(countIssues(issues)).toEqual({
			'weight-reset': 2,
			'criterion-dropped': 1,
			'name-cleaned': 1,
			'score-dropped': 4,
		});
	});

	it('keeps at most five agencies', () => {
		const raw = `v=1&${Array.from({ length: 8 }, (_, index) => `a=5_Agency+${index}`).join('&')}`;
		const { state, issues } = recoverState(raw);
		expect(state.agencies).toHaveLength(5);
		expect(countIssues(issues)).toEqual({ 'agency-dropped': 3 });
	});

	it('gives back starting agencies when the saved list is empty, so there is always a row to fill in', () => {
		const { state, issues } = recoverState('v=1&w=10_20_20_15_10_15_10');
		expect(state.agencies).toHaveLength(3);
		expect(issues).toEqual([]);
	});

	it('never throws, whatever is in storage', () => {
		const stored = fc.oneof(
			fc.string(),
			fc.json(),
			fc.string({ unit: 'binary' }),
			fc
				.array(fc.tuple(fc.constantFrom('v', 'w', 'c', 'a', 'x'), fc.string({ unit: 'binary' })), { maxLength: 12 })
				.map((pairs) => `v=1&${pairs.map(([key, value]) => `${key}=${value}`).join('&')}`),
		);
		fc.assert(
			fc.property(stored, (raw) => {
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
