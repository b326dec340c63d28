import { describe, expect, it } from 'vitest';
import { contractAdvice } from '../../../src/integrations/contract-advice';

type Advice = { other: string; topics: { id: string; dispute: string; ask: string; clause: string; otherClause?: string }[] };

/** Runs the plugin's resolveId and load hooks as Vite would, with the site's own content files. */
function load(id: string): { advice?: Advice; error?: string } {
	const plugin = contractAdvice(new URL('../../../content/contract-check/', import.meta.url));
	const resolveId = plugin.resolveId as (id: string) => string | undefined;
	const loadHook = plugin.load as (this: unknown, id: string) => string | undefined;
	const resolved = resolveId(id);
	if (!resolved) return {};
	const context = {
		addWatchFile: () => undefined,
		error: (message: string) => {
			throw new Error(message);
		},
	};
	try {
		const code = loadHook.call(context, resolved) ?? '';
		return { advice: JSON.parse(code.replace(/^export default /, '').replace(/;$/, '')) as Advice };
	} catch (error) {
		return { error: (error as Error).message };
	}
}

describe('the contract check advice modules', () => {
	it('hold the page language’s advice and only the other language’s wording', () => {
		const { advice } = load('virtual:contract-advice/en');
		expect(advice?.other).toBe('zh');
		expect(advice?.topics).toHaveLength(20);
		const first = advice!.topics[0]!;
		expect(Object.keys(first)).toEqual(['id', 'dispute', 'ask', 'clause', 'otherClause']);
		expect(first.id).toBe('term-renewal');
		expect(first.ask.startsWith('A first term of about a year, renewal only by a new signed agreement')).toBe(true);
		expect(first.otherClause?.startsWith('本合同期限为自【起始日】起12个月，期满即终止。')).toBe(true);
	});

	it('give the Chinese page English wording beside its own', () => {
		const { advice } = load('virtual:contract-advice/zh');
		expect(advice?.other).toBe('en');
		expect(advice?.topics[0]?.clause.startsWith('本合同期限为自【起始日】起12个月')).toBe(true);
		expect(advice?.topics[0]?.otherClause).toMatch(/^[\x20-\x7e’“”–—]+$/);
	});

	it('leave other modules alone and refuse a language the site does not have', () => {
		expect(load('./advice.tsx')).toEqual({});
		expect(load('virtual:contract-advice/fr').error).toBe('virtual:contract-advice/fr: no contract-check advice in "fr"');
	});
});
