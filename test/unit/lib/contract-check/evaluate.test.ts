import { describe, expect, it } from 'vitest';
import { evaluateCheck, evaluateTopic, markForValue } from '../../../../src/lib/contract-check/evaluate';
import { worseMark } from '../../../../src/lib/contract-check/rules';
import { chooseOption, emptyState, setValueText } from '../../../../src/lib/contract-check/state';
import { topics } from './fixtures';

const [notice, feeRefund, penalty] = topics as [(typeof topics)[0], (typeof topics)[0], (typeof topics)[0]];

function answered(topicId: string, optionId: string, value?: string) {
	const state = chooseOption(emptyState(), topicId, optionId);
	return value === undefined ? state : setValueText(state, topicId, value);
}

describe('evaluateTopic', () => {
	it('counts a topic without an answer, or with an option the rules do not know, as unanswered', () => {
		expect(evaluateTopic(feeRefund, emptyState())).toEqual({ topicId: 'fee-refund', answered: false });
		expect(evaluateTopic(feeRefund, answered('fee-refund', 'retired-option'))).toEqual({ topicId: 'fee-refund', answered: false });
	});

	it('gives the option’s mark when no figure is asked', () => {
		expect(evaluateTopic(feeRefund, answered('fee-refund', 'non-refundable'))).toEqual({
			topicId: 'fee-refund',
			answered: true,
			optionId: 'non-refundable',
			mark: 'red',
			markedBy: 'option',
			value: { kind: 'not-asked' },
		});
	});

	it.each([
		['45', 'amber', 'value'],
		['60', 'green', 'option'],
		['90', 'green', 'option'],
		['91', 'amber', 'value'],
		['181', 'red', 'value'],
		['１２０天', 'invalid', 'option'],
		['120', 'amber', 'value'],
	])('notice of %s days: %s', (text, expected, markedBy) => {
		const result = evaluateTopic(notice, answered('notice-period', 'same-for-both', text));
		if (expected === 'invalid') {
			expect(result).toMatchObject({ mark: 'green', markedBy, value: { kind: 'invalid' } });
		} else {
			expect(result).toMatchObject({ mark: expected, markedBy });
		}
	});

	it('reads figures the way people type them, with the shared parser', () => {
		expect(evaluateTopic(penalty, answered('penalty', 'mutual', '２５％'))).toMatchObject({ mark: 'red', value: { kind: 'read', value: 25 } });
		expect(evaluateTopic(penalty, answered('penalty', 'mutual', ' 10 % '))).toMatchObject({ mark: 'green', value: { kind: 'read', value: 10 } });
	});

	it('lets an empty or bad figure leave the option’s mark alone, and says why', () => {
		expect(evaluateTopic(penalty, answered('penalty', 'merchant-only'))).toMatchObject({ mark: 'amber', value: { kind: 'empty' } });
		expect(evaluateTopic(penalty, answered('penalty', 'mutual', 'ten'))).toMatchObject({ mark: 'green', value: { kind: 'invalid' } });
		expect(evaluateTopic(penalty, answered('penalty', 'mutual', '5000'))).toMatchObject({ mark: 'green', value: { kind: 'out-of-range', min: 0, max: 1000 } });
		expect(evaluateTopic(penalty, answered('penalty', 'mutual', '-5'))).toMatchObject({ value: { kind: 'out-of-range' } });
	});

	it('never makes a mark better than the option’s: a small penalty paid by you alone stays amber', () => {
		expect(evaluateTopic(penalty, answered('penalty', 'merchant-only', '5'))).toMatchObject({ mark: 'amber', markedBy: 'option' });
	});

	it('ignores a figure typed for an option that asks none', () => {
		const state = setValueText(answered('penalty', 'mutual', '50'), 'penalty', '50');
		expect(evaluateTopic(penalty, chooseOption(state, 'penalty', 'absent'))).toMatchObject({ mark: 'green', value: { kind: 'not-asked' } });
	});
});

describe('markForValue and worseMark', () => {
	it('takes the worst rule a figure breaks; limits are strict', () => {
		const outline = notice.value!;
		expect(markForValue(outline, 59.9)).toBe('amber');
		expect(markForValue(outline, 180)).toBe('amber');
		expect(markForValue(outline, 180.5)).toBe('red');
		expect(worseMark('green', 'amber')).toBe('amber');
		expect(worseMark('red', 'amber')).toBe('red');
	});
});

describe('evaluateCheck', () => {
	it('counts the marks and lists the red topics in rule order', () => {
		let state = answered('penalty', 'mutual', '30');
		state = chooseOption(state, 'fee-refund', 'non-refundable');
		const summary = evaluateCheck(topics, state);
		expect(summary.counts).toEqual({ red: 2, amber: 0, green: 0, unanswered: 1 });
		expect(summary.red).toEqual(['fee-refund', 'penalty']);
	});
});
