import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyState, getAnswer, type ContractCheckState } from '../../../../src/lib/contract-check/state';
import { buildShareUrl, decodeContractQuery, encodeContractQuery } from '../../../../src/lib/contract-check/url';
import { topics } from './fixtures';

/** Any answers to the fixture topics, with figures typed as people type them. */
const figureArb = fc.oneof(
	fc.constant(''),
	fc.integer({ min: 0, max: 100_000 }).map(String),
	fc.double({ min: 0, max: 1000, noNaN: true }).map((value) => value.toFixed(2)),
	fc.string({ maxLength: 12 }),
);
const stateArb: fc.Arbitrary<ContractCheckState> = fc
	.tuple(...topics.map((topic) => fc.option(fc.tuple(fc.constantFrom(...topic.options.map((option) => option.id)), figureArb))))
	.map((picks) => ({
		answers: Object.fromEntries(
			picks.flatMap((pick, index) => {
				const topic = topics[index];
				return pick && topic ? [[topic.id, { option: pick[0], value: topic.value?.appliesTo.includes(pick[0]) ? pick[1] : '' }]] : [];
			}),
		),
	}));

describe('contract check link, version 1', () => {
	it('writes answers in rule order, with figures as plain decimals', () => {
		const state: ContractCheckState = {
			answers: {
				penalty: { option: 'mutual', value: '２５％' },
				'notice-period': { option: 'same-for-both', value: '60.50' },
				'fee-refund': { option: 'non-refundable', value: '' },
			},
		};
		expect(encodeContractQuery(topics, state)).toBe('v=1&t=notice-period.same-for-both.60.5&t=fee-refund.non-refundable&t=penalty.mutual.25');
		expect(buildShareUrl('https://example.test/zh/tools/contract-check/?old=1#topic-penalty', topics, state)).toBe(
			'https://example.test/zh/tools/contract-check/?v=1&t=notice-period.same-for-both.60.5&t=fee-refund.non-refundable&t=penalty.mutual.25',
		);
	});

	it('leaves out a figure that is not a number, and answers to topics it does not know', () => {
		const state: ContractCheckState = { answers: { penalty: { option: 'mutual', value: 'ten' }, retired: { option: 'absent', value: '' } } };
		expect(encodeContractQuery(topics, state)).toBe('v=1&t=penalty.mutual');
	});

	it('reads a link back into the same answers', () => {
		const decoded = decodeContractQuery('?v=1&t=notice-period.same-for-both.60.5&t=penalty.mutual.25', topics);
		expect(decoded).toEqual({
			kind: 'decoded',
			state: { answers: { 'notice-period': { option: 'same-for-both', value: '60.5' }, penalty: { option: 'mutual', value: '25' } } },
			issues: [],
		});
	});

	it('tells a page without answers from a link it cannot use', () => {
		expect(decodeContractQuery('', topics)).toEqual({ kind: 'absent' });
		expect(decodeContractQuery('?utm_source=mail', topics)).toEqual({ kind: 'absent' });
		expect(decodeContractQuery('?v=2&t=penalty.mutual', topics)).toEqual({ kind: 'unsupported' });
		expect(decodeContractQuery('?t=penalty.mutual', topics)).toEqual({ kind: 'unsupported' });
	});

	it('keeps what a hostile link gets right and lists each thing it dropped', () => {
		const decoded = decodeContractQuery(
			'?v=1&t=__proto__.x&t=penalty.mutual.1e9&t=fee-refund.%3Cscript%3E&t=notice-period.absent.30&t=penalty.absent&utm=1',
			topics,
		);
		expect(decoded).toEqual({
			kind: 'decoded',
			state: { answers: { penalty: { option: 'mutual', value: '' }, 'notice-period': { option: 'absent', value: '' } } },
			issues: ['parameter-ignored', 'topic-dropped', 'value-dropped', 'option-dropped', 'value-dropped', 'parameter-ignored'],
		});
	});

	it('round-trips any answers: what is encoded decodes to the same options and usable figures', () => {
		fc.assert(
			fc.property(stateArb, (state) => {
				const decoded = decodeContractQuery(encodeContractQuery(topics, state), topics);
				expect(decoded.kind).toBe('decoded');
				if (decoded.kind !== 'decoded') return;
				expect(decoded.issues).toEqual([]);
				for (const topic of topics) {
					expect(getAnswer(decoded.state, topic.id)?.option).toBe(getAnswer(state, topic.id)?.option);
				}
				// Encoding what was decoded gives the same link: the format is stable.
				expect(encodeContractQuery(topics, decoded.state)).toBe(encodeContractQuery(topics, state));
			}),
			{ numRuns: 500 },
		);
	}, 30_000);

	it('never throws, whatever the query', () => {
		const kinds = ['absent', 'unsupported', 'decoded'];
		// Queries built from the pieces a link is made of, so most of them get past the version check.
		const piece = fc.constantFrom(
			'v=1',
			'v=2',
			'&',
			't=',
			'.',
			'%',
			'%E4',
			'%ZZ',
			'=',
			'__proto__',
			'penalty',
			'mutual',
			'absent',
			'30',
			'1e9',
			'-',
			'<img>',
			'+',
			'?',
		);
		for (const queries of [fc.string(), fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join('')), fc.string().map((text) => `v=1&t=${text}`)]) {
			fc.assert(
				fc.property(queries, (query) => kinds.includes(decodeContractQuery(query, topics).kind)),
				{ numRuns: 500 },
			);
		}
		expect(decodeContractQuery(undefined as unknown as string, topics)).toEqual({ kind: 'absent' });
		expect(emptyState()).toEqual({ answers: {} });
	}, 30_000);
});
