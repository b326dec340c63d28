import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../../src/i18n/locales';
import { scorecardStrings } from '../../../../src/i18n/tools/scorecard';
import { announceRanking, explainResult, type ExplainContext } from '../../../../src/lib/scorecard/explain';
import { fill } from '../../../../src/lib/text/template';
import { rankAgencies } from '../../../../src/lib/scorecard/scoring';
import type { ScorecardState } from '../../../../src/lib/scorecard/types';
import { allScored, scorecardWith } from './helpers';

/** The same formatting the island uses: the page language's numbers and lists. */
function contextFor(locale: Locale, state: ScorecardState): ExplainContext {
	const lang = locale === 'zh' ? 'zh-CN' : 'en';
	const criteria = JSON.parse(readFileSync(`content/scorecard/${locale}.json`, 'utf8')).criteria as {
		id: string;
		inSentence: string;
	}[];
	return {
		templates: scorecardStrings[locale].reasons,
		agencyName: (id) => state.agencies.find((agency) => agency.id === id)?.name ?? id,
		criterionName: (id) => criteria.find((criterion) => criterion.id === id)?.inSentence ?? id,
		formatScore: (hundredths) => (hundredths / 100).toFixed(2),
		formatShare: (share) => new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(share),
		formatList: (items) => new Intl.ListFormat(lang, { type: 'conjunction' }).format(items),
	};
}

function explain(locale: Locale, state: ScorecardState): string[][] {
	const context = contextFor(locale, state);
	return rankAgencies(state).results.map((result) => explainResult(result, context));
}

describe('reasoning shown under each agency', () => {
	const state = scorecardWith({
		'Agency A': allScored(3),
		'Agency B': { ...allScored(4), team: 5, 'contract-terms': 5, 'fee-offer': 2 },
	});

	it('names the strongest and weakest criteria with score and weight', () => {
		expect(explain('en', state)[0]).toEqual([
			'Agency B ranks first: strongest on the team you met (5/5, weight 20%) and contract terms (5/5, weight 15%); weakest on the fee offer (2/5, weight 10%).',
		]);
		expect(explain('zh', state)[0]).toEqual([
			'Agency B 排名第一：最强的是运营团队（5/5 分，权重 20%）和合同条款（5/5 分，权重 15%）；最弱的是报价（2/5 分，权重 10%）。',
		]);
	});

	it('says when every score is the same instead of inventing a weakness', () => {
		expect(explain('en', state)[1]).toEqual(['Agency A ranks second: it scored 3 out of 5 on everything you scored.']);
	});

	it('explains a tie and where each tied agency is ahead', () => {
		const tied = scorecardWith({
			North: { ...allScored(3), team: 5, 'category-results': 1 },
			South: { ...allScored(3), team: 1, 'category-results': 5 },
		});
		const [north, south] = explain('en', tied);
		expect(north?.[0]).toMatch(/^North shares first place with South: strongest on the team you met/);
		expect(north?.[1]).toBe('It is ahead of South on the team you met (5/5, weight 20%).');
		expect(south?.[1]).toBe('It is ahead of North on proven results in your category (5/5, weight 20%).');
		expect(explain('zh', tied)[0]?.[0]).toMatch(/^North 与 South 并列第一：/);
	});

	it('says which criteria are missing and how much of the weight the score rests on', () => {
		const partial = scorecardWith({ Half: { team: 4, 'category-results': 5 } });
		expect(explain('en', partial)[0]).toEqual([
			'Half ranks first: strongest on proven results in your category (5/5, weight 20%); weakest on the team you met (4/5, weight 20%).',
			'Not scored on its Tmall service-market rating, the operating plan, the fee offer, contract terms, and reporting and transparency, so this score rests on 40% of the weight.',
			'That is less than half, so score the rest before you rely on this place.',
		]);
	});

	it('says an agency without scores is not ranked', () => {
		const empty = scorecardWith({ Scored: { team: 3 }, Blank: {} });
		expect(explain('en', empty)[1]).toEqual(['Blank is not ranked yet: it has no scores on criteria that carry weight.']);
	});
});

describe('announcement after a change', () => {
	it('names the leader, or every agency sharing first place', () => {
		const single = scorecardWith({ A: allScored(2), B: allScored(4) });
		expect(announceRanking(rankAgencies(single), contextFor('en', single))).toBe('Ranking updated. First: B, 4.00 out of 5.');
		const tie = scorecardWith({ A: allScored(4), B: allScored(4) });
		expect(announceRanking(rankAgencies(tie), contextFor('zh', tie))).toBe('排名已更新。A和B 并列第一，4.00 分。');
	});

	it('stays quiet while nothing is ranked', () => {
		const blank = scorecardWith({ A: {} });
		expect(announceRanking(rankAgencies(blank), contextFor('en', blank))).toBeNull();
	});
});

describe('filling templates', () => {
	it('spaces Latin names and numbers from Chinese text, as Chinese typography does', () => {
		expect(fill('{name}排名{ordinal}', { name: 'Acme', ordinal: '第一' })).toBe('Acme 排名第一');
		expect(fill('删除{agency}', { agency: 'Acme Co' })).toBe('删除 Acme Co');
		expect(fill('删除{agency}', { agency: '上海贝塔' })).toBe('删除上海贝塔');
		expect(fill('{criteria}还没打分', { criteria: 'After-sales' })).toBe('After-sales 还没打分');
	});

	it('leaves English and unknown placeholders alone', () => {
		expect(fill('{name} ranks {ordinal}', { name: 'Acme', ordinal: 'first' })).toBe('Acme ranks first');
		expect(fill('{missing} here', {})).toBe('{missing} here');
	});
});
