import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { platformFactSchema } from '../../../src/schemas/platform-fact';
import { formatFactInline } from '../../../src/lib/facts/format';
import { isStale } from '../../../src/lib/facts/staleness';
import { factComponentIds, factTokenIds } from '../../../src/lib/facts/tokens';

const root = join(import.meta.dirname, '../../..');
const factsDir = join(root, 'content/platform-facts');
const factIds = readdirSync(factsDir)
	.filter((name) => name.endsWith('.json'))
	.map((name) => name.replace(/\.json$/, ''));
const read = (path: string) => readFileSync(join(root, path), 'utf8');

describe('platform facts dataset', () => {
	it('holds the figures the guide relies on', () => {
		expect(factIds).toEqual(
			expect.arrayContaining([
				'software-fee',
				'software-fee-rebate',
				'points-deduction',
				'commission-range',
				'annual-fee-tmall',
				'annual-fee-tmall-global',
				'cbec-order-limit',
				'cbec-annual-limit',
				'cbec-tax-rate',
				'deposit-flagship-registered',
			]),
		);
	});

	it.each(factIds)('%s is valid and cites sources that exist', (id) => {
		const fact = platformFactSchema.parse(JSON.parse(read(`content/platform-facts/${id}.json`)));
		for (const source of fact.sources) expect(existsSync(join(root, `content/sources/${source}.json`)), source).toBe(true);
	});

	it('states today’s figures: 0.6% software fee, annual fee waived, Tmall Global fee unresolved, 9.1% import tax', () => {
		const fact = (id: string) => platformFactSchema.parse(JSON.parse(read(`content/platform-facts/${id}.json`)));
		expect(formatFactInline(fact('software-fee'), 'en', false)).toBe('0.6%');
		expect(fact('software-fee').effective).toBe('2024-09-01');
		expect(formatFactInline(fact('annual-fee-tmall'), 'zh', false)).toBe('免收');
		expect(formatFactInline(fact('annual-fee-tmall-global'), 'en', false)).toBe('unverified');
		expect(formatFactInline(fact('cbec-tax-rate'), 'zh', false)).toBe('9.1%');
		expect(formatFactInline(fact('cbec-annual-limit'), 'zh', false)).toBe('2.6 万元');
	});

	it('rejects a fact without sources, with a range upside down, or with an impossible verified day', () => {
		const valid = JSON.parse(read('content/platform-facts/software-fee.json'));
		expect(platformFactSchema.safeParse(valid).success).toBe(true);
		expect(platformFactSchema.safeParse({ ...valid, sources: [] }).success).toBe(false);
		expect(platformFactSchema.safeParse({ ...valid, value: { kind: 'range', min: 5, max: 2 } }).success).toBe(false);
		expect(platformFactSchema.safeParse({ ...valid, verified: '2026-02-30' }).success).toBe(false);
		expect(platformFactSchema.safeParse({ ...valid, scope: ['taobao'] }).success).toBe(false);
	});

	it('marks a figure verified more than twelve months before the build (fixture)', () => {
		const stale = platformFactSchema.parse(JSON.parse(read('test/fixtures/platform-facts/stale-deposit.json')));
		const build = new Date('2026-12-06T00:00:00Z');
		expect(isStale(stale.verified, build)).toBe(true);
		expect(formatFactInline(stale, 'en', isStale(stale.verified, build))).toBe('RMB 50,000 (not re-checked since 10 January 2025)');
		expect(formatFactInline(stale, 'zh', isStale(stale.verified, build))).toBe('5 万元（2025年1月10日后未再核对）');
	});

	it('every <Fact id> and {fact:id} in the content names an existing fact', () => {
		const files = [
			...['en', 'zh'].flatMap((locale) => readdirSync(join(root, `content/guide/${locale}`)).map((name) => `content/guide/${locale}/${name}`)),
			'content/faq/en.json',
			'content/faq/zh.json',
			'content/glossary/en.json',
			'content/glossary/zh.json',
			'src/i18n/tools/fee-calculator.ts',
		];
		const used = files.flatMap((path) => [...factComponentIds(read(path)), ...factTokenIds(read(path))]);
		expect(used.length).toBeGreaterThan(20);
		expect(used.filter((id) => !factIds.includes(id))).toEqual([]);
	});
});
