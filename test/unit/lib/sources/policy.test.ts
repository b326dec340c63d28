import { describe, expect, it } from 'vitest';
import {
	confidenceAllowed,
	confidenceCeiling,
	deniedUrlReason,
	publishedPattern,
	sourcePolicyProblems,
	type SourcePolicyInput,
} from '../../../../src/lib/sources/policy';

describe('confidence ceilings', () => {
	it('gives each kind its documented ceiling', () => {
		expect(confidenceCeiling).toEqual({
			statute: 'high',
			'platform-rule': 'high',
			court: 'high',
			press: 'high',
			filing: 'high',
			'trade-press': 'medium',
			'agency-blog': 'low',
		});
	});

	it.each([
		['statute', 'high', true],
		['press', 'medium', true],
		['filing', 'low', true],
		['trade-press', 'high', false],
		['trade-press', 'medium', true],
		['trade-press', 'low', true],
		['agency-blog', 'high', false],
		['agency-blog', 'medium', false],
		['agency-blog', 'low', true],
	] as const)('%s rated %s: allowed %s', (kind, confidence, allowed) => {
		expect(confidenceAllowed(kind, confidence)).toBe(allowed);
	});
});

describe('denied addresses', () => {
	it.each([
		['https://6887bob.com/information/7535.html', 'host made of digits run into letters'],
		['https://www.6887bob.com/', 'host made of digits run into letters'],
		['https://91se91.com/global/en/536555.html', 'host made of digits run into letters'],
		['https://hbyfgd.com/xinxi/cjgwpcj.html', 'random-letter page under /xinxi/'],
		['https://example.org/xinxi/abcdef.htm?x=1', 'random-letter page under /xinxi/'],
		['https://cargreen.es/2024/07/27/bl-wlv/alibabas-tmall', 'a site whose subject has nothing to do'],
		['https://mvppostcards.com/tmall-merchant-service-agreement/', 'a site whose subject has nothing to do'],
		['https://9ku.com/djnews/ggoet.html', 'a site whose subject has nothing to do'],
		['https://laosuntou666.com/jisuanji/324478.html', 'host made of a word run into digits'],
		['https://www.laosuntou666.com/', 'host made of a word run into digits'],
		['https://renrendoc.com/paper/162388075.html', 'a document-sharing site'],
		['https://www.renrendoc.com/p-47802688.html', 'a document-sharing site'],
		['https://boteman.cn/paper/327900413.html', 'a document-sharing site'],
		['https://www.docin.com/p-2212345678.html', 'a document-sharing site'],
		['https://wenku.baidu.com/view/abc.html', 'a document-sharing site'],
		['https://cooco.net.cn/zuowen/707095.html', 'an essay-site page under /zuowen/'],
		['https://laitimes.com/en/article/3kswp_41hxd.html', 'an aggregator that republishes'],
		['https://newsflash.city/2401/af48f018acf09aa0.html', 'an aggregator that republishes'],
		['https://news.d17.cc/show-23024.html', 'an aggregator that republishes'],
		['https://m.11467.com/product/d42992971.htm', 'a business directory'],
		['https://ssopdot.com/blog/6993.html', 'an anonymous blog'],
		['https://baimosheng.com/3405.html', 'an anonymous blog'],
	])('denies %s', (url, reasonStart) => {
		expect(deniedUrlReason(url)).toMatch(new RegExp(`^${reasonStart}`));
	});

	it.each([
		'https://36kr.com/p/123',
		'https://www.1688.com/',
		'https://news.163.com/',
		'https://www.51job.com/',
		'https://rule.tmall.com/tdetail-1.htm',
		'https://www.npc.gov.cn/npc/c2/c30834/202506/t20250627_446097.html',
		'https://www.w3.org/TR/WCAG22/',
		'https://open.fliggy.com/docs/doc.htm?articleId=105698&docType=1&treeId=253',
		'https://technode.com/2017/08/14/tmalls-brand-flagship-stores-largely-operated-taobao-partners/',
		'https://example.org/xinxi/2024/notice.html',
		'https://example.org/?ref=6887bob.com',
		'https://boteman.cn/about.html',
		'https://www.sec.gov/Archives/edgar/data/1625414/000110465920052015/bzun-20191231x20f.htm',
		'https://cn.chinadaily.com.cn/a/202507/01/WS6863a7d6a3106af2b3c71f16.html',
		'https://baidu.com/s?wd=renrendoc.com',
	])('allows %s', (url) => {
		expect(deniedUrlReason(url)).toBeUndefined();
	});
});

describe('publication dates', () => {
	it.each(['2017', '2024-07', '2024-07-27', 'undated'])('accepts %s', (value) => {
		expect(publishedPattern.test(value)).toBe(true);
	});

	it.each(['2024-13', '2024-07-32', '24-07-27', 'n.d.', 'Undated', ''])('rejects %s', (value) => {
		expect(publishedPattern.test(value)).toBe(false);
	});
});

describe('sourcePolicyProblems', () => {
	const press: SourcePolicyInput = { kind: 'press', confidence: 'high', url: 'https://technode.com/2017/08/14/x/' };

	it('finds nothing wrong with a linked press article rated high', () => {
		expect(sourcePolicyProblems(press)).toEqual([]);
	});

	it('accepts a paywalled article cited by its headline', () => {
		const offline = { reason: 'paywalled', headline: 'Alibaba Shares Jump' } as const;
		expect(sourcePolicyProblems({ kind: 'press', confidence: 'high', offline })).toEqual([]);
	});

	it('asks for an address or an offline reason when both are missing', () => {
		expect(sourcePolicyProblems({ kind: 'press', confidence: 'high' })).toEqual([
			{
				field: 'url',
				message: 'A source needs a "url", or "offline": { "reason": "print" | "login-walled" | "paywalled", "headline": "…as printed" }.',
			},
		]);
	});

	it('refuses both an address and an offline reason', () => {
		const offline = { reason: 'print', headline: 'x' } as const;
		expect(sourcePolicyProblems({ ...press, offline }).map((problem) => problem.field)).toEqual(['offline']);
	});

	it('reports a denied address and a confidence above the ceiling together', () => {
		expect(sourcePolicyProblems({ kind: 'agency-blog', confidence: 'medium', url: 'https://6887bob.com/information/7535.html' })).toEqual([
			{
				field: 'url',
				message: 'This address may not be cited: host made of digits run into letters (the shape of gambling and adult mirrors). Cite the original.',
			},
			{ field: 'confidence', message: 'Confidence "medium" is above the ceiling for kind "agency-blog", which is "low".' },
		]);
	});
});
