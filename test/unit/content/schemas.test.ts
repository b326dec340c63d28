import { describe, expect, it } from 'vitest';
import { basePageSchema, guidePageSchema } from '../../../src/schemas/page';
import { sourceSchema } from '../../../src/schemas/source';

const validGuide = {
	title: 'How agencies charge',
	description: 'Service fee, commission, or both: what each charging mode means for your costs.',
	lastReviewed: '2026-11-29',
	order: 2,
	sources: ['webpower-tp-basics'],
};

describe('guide page schema', () => {
	it('accepts a complete article and turns the review date into a Date', () => {
		const parsed = guidePageSchema.safeParse(validGuide);
		expect(parsed.success).toBe(true);
		expect(parsed.data?.lastReviewed).toBeInstanceOf(Date);
	});

	it.each([
		['no review date', { lastReviewed: undefined }],
		['an impossible review date', { lastReviewed: 'last spring' }],
		['a description too short for search results', { description: 'Fees.' }],
		['no sources at all', { sources: [] }],
		['a reading position of zero', { order: 0 }],
	])('rejects %s', (_label, change) => {
		expect(guidePageSchema.safeParse({ ...validGuide, ...change }).success).toBe(false);
	});

	it('asks every page type for a title, description and review date', () => {
		expect(basePageSchema.safeParse({ title: 'x' }).success).toBe(false);
	});
});

describe('source schema', () => {
	const validSource = {
		title: 'Cross-border e-commerce in China: basics of TP',
		publisher: 'Webpower China',
		kind: 'agency-blog',
		url: 'https://webpowerasia.com/cross-border-ecommerce-in-china-basics-of-tp/',
		published: 'undated',
		language: 'en',
		confidence: 'low',
		shortName: 'Webpower',
	};

	it('accepts a source with a year, month or day, or "undated"', () => {
		for (const published of ['2017', '2024-07', '2024-07-27', 'undated']) {
			expect(sourceSchema.safeParse({ ...validSource, published }).success, published).toBe(true);
		}
	});

	it('rejects a source whose date cannot be shown to readers', () => {
		expect(sourceSchema.safeParse({ ...validSource, published: 'recently' }).success).toBe(false);
		expect(sourceSchema.safeParse({ ...validSource, published: undefined }).success).toBe(false);
	});

	it('rejects an address that is not a URL and an unknown confidence', () => {
		expect(sourceSchema.safeParse({ ...validSource, url: 'webpowerasia dot com' }).success).toBe(false);
		expect(sourceSchema.safeParse({ ...validSource, confidence: 'certain' }).success).toBe(false);
	});

	it('rejects a source with neither address nor offline reason, and names the field to fix', () => {
		const parsed = sourceSchema.safeParse({ ...validSource, url: undefined });
		expect(parsed.success).toBe(false);
		expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['url']);
	});

	it('accepts a Chinese title and short name for a source in English, and refuses them on a Chinese source', () => {
		const titled = { ...validSource, titleZh: '中国跨境电商：TP 基础知识', shortNameZh: 'Webpower：TP 基础' };
		expect(sourceSchema.safeParse(titled).success).toBe(true);
		const parsed = sourceSchema.safeParse({ ...titled, language: 'zh' });
		expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['titleZh', 'shortNameZh']);
		expect(sourceSchema.safeParse({ ...titled, shortNameZh: '长'.repeat(41) }).success).toBe(false);
	});

	it('accepts a printed source with its headline, and rejects an unknown offline reason', () => {
		const printed = { ...validSource, kind: 'press', url: undefined, offline: { reason: 'print', headline: '代运营行业猫腻' } };
		expect(sourceSchema.safeParse(printed).success).toBe(true);
		expect(sourceSchema.safeParse({ ...printed, offline: { reason: 'lost', headline: 'x' } }).success).toBe(false);
	});

	it('rejects an agency blog rated above low, with the ceiling in the message', () => {
		const parsed = sourceSchema.safeParse({ ...validSource, confidence: 'medium' });
		expect(parsed.success).toBe(false);
		expect(parsed.error?.issues[0]?.message).toBe(
			'Confidence "medium" is above the ceiling for kind "agency-blog", which is "low".',
		);
	});

	it('rejects a denied address and a field it does not know', () => {
		expect(sourceSchema.safeParse({ ...validSource, url: 'https://6887bob.com/information/7535.html' }).success).toBe(false);
		expect(sourceSchema.safeParse({ ...validSource, confidance: 'low' }).success).toBe(false);
	});
});
