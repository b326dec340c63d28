import { describe, expect, it } from 'vitest';
import { factComponentIds, factTokenIds, replaceFactTokens } from '../../../../src/lib/facts/tokens';

describe('fact tokens', () => {
	const lookup = (id: string) => ({ 'software-fee': '0.6%', 'points-deduction': '0.5%' })[id];

	it('replaces every {fact:id} token with its figure', () => {
		expect(replaceFactTokens('A {fact:software-fee} fee and {fact:points-deduction} for points; {fact:software-fee} again.', lookup)).toBe(
			'A 0.6% fee and 0.5% for points; 0.6% again.',
		);
	});

	it('leaves text without tokens untouched', () => {
		expect(replaceFactTokens('No figures here {not a token}.', lookup)).toBe('No figures here {not a token}.');
	});

	it('fails loudly on an unknown id rather than printing the raw token', () => {
		expect(() => replaceFactTokens('{fact:sofware-fee}', lookup)).toThrow('{fact:sofware-fee}: no such file content/platform-facts/sofware-fee.json');
	});

	it('lists token ids and MDX component ids once each, in order', () => {
		expect(factTokenIds('{fact:b} {fact:a} {fact:b}')).toEqual(['b', 'a']);
		expect(factComponentIds('| <Fact id="deposit-flagship-tm" /> | <Fact id=\'software-fee\' /> | <Fact id="deposit-flagship-tm" />')).toEqual([
			'deposit-flagship-tm',
			'software-fee',
		]);
	});
});
