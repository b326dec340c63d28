import type { Locale } from '../locales';

interface HomeStrings {
	title: string;
	description: string;
	heading: string;
	lede: string;
	decisionHeading: string;
	decisionPoints: readonly string[];
	guideHeading: string;
	guideIntro: string;
	toolsHeading: string;
	tools: { feeCalculator: string; checklist: string; scorecard: string; contractCheck: string; exitPlan: string; costPlanner: string };
	faqHeading: string;
	startReading: string;
	independenceHeading: string;
	independence: string;
	/** "About our sources": the source policy in plain words (src/lib/sources/policy.ts). */
	aboutSourcesHeading: string;
	aboutSourcesIntro: string;
	/** Introduces the list of kinds with the most we trust each. */
	aboutSourcesKindsIntro: string;
	/** The most we trust each kind, by its ceiling. */
	aboutSourcesCeiling: Record<'high' | 'medium' | 'low', string>;
	aboutSourcesRules: readonly string[];
}

const en: HomeStrings = {
	title: 'Hiring a Tmall operations agency',
	description:
		'An independent guide to hiring a Tmall Partner (TP) or other operations agency: what agencies do, how they charge, and how to pick one, with a fee calculator and checklist.',
	heading: 'Hire a Tmall agency with your eyes open',
	lede: 'Many brands on Tmall pay an operations agency (代运营), often a Tmall Partner (TP), to run their store. This guide explains what you are buying, what it costs, and how to choose, in plain words and with sources.',
	decisionHeading: 'The decision in short',
	decisionPoints: [
		'An agency runs the store for you: listings, promotions, campaigns, ads and data. Shipping and customer service often stay with you. Check the contract.',
		'Most agencies charge a monthly base fee plus a commission on sales. What the commission is calculated on matters as much as the rate.',
		'Keep the store, its accounts and its data in your own company’s name. Write that into the contract.',
		'Hire in five steps: phone screening, a meeting with their plan for your store, the contract, team set-up, then monthly reviews.',
		'Tmall’s own fees come on top of the agency’s. Tmall stopped charging its annual software fee from 1 September 2024.',
	],
	guideHeading: 'Read the guide',
	guideIntro: 'Seven short pages, in the order you will need them.',
	toolsHeading: 'Use the tools',
	tools: {
		feeCalculator: 'Compare agency quotes: what each will cost at your sales, and where the cheapest one changes.',
		checklist: 'Walk the five hiring steps with a checklist that saves your progress in this browser.',
		scorecard: 'Score the agencies on your shortlist on the criteria that matter, with weights you choose.',
		contractCheck: 'Go through a draft contract topic by topic and see which clauses to push back on, with wording to propose.',
		exitPlan: 'Plan the handover before you sign: dated steps back from the contract’s end, a calendar file and a handover form.',
		costPlanner: 'Plan the first year: the cash a store with an agency needs, the money you get back, and the sales at which it pays for itself.',
	},
	faqHeading: 'Questions merchants ask',
	startReading: 'Start reading',
	independenceHeading: 'Who we are',
	independence:
		'This is an independent guide. We are not affiliated with Alibaba, Tmall or any agency, and no agency pays to appear here. Every figure links to its source, with its publication date when the source gives one.',
	aboutSourcesHeading: 'About our sources',
	aboutSourcesIntro: 'Each guide page ends with its sources. For each one we show what kind of source it is, when it was published, and how far we trust it.',
	aboutSourcesKindsIntro: 'The kind of source sets the most we trust it:',
	aboutSourcesCeiling: { high: 'high confidence at most', medium: 'medium confidence at most', low: 'low confidence' },
	aboutSourcesRules: [
		'We may trust a source less than its kind allows, never more. Agencies and consultancies sell the services they write about, so their blogs are rated low.',
		'We do not cite copies, mirrors or content farms. Where we found only a copy, we looked for the original; where we found none, we took the claim out.',
		'A source we cannot link, such as a newspaper’s print edition or a page behind a paywall, is named with its headline as printed.',
		'“Undated” means the source gives no date. Read undated and low-confidence figures as rough guides, and check them before you rely on them.',
	],
};

const zh: HomeStrings = {
	title: '天猫代运营公司怎么选',
	description: '独立的天猫代运营选择指南：代运营公司做什么、怎么收费、怎么挑选，附费用计算器和签约清单。',
	heading: '找天猫代运营，先看懂再签约',
	lede: '很多品牌把天猫店交给代运营公司打理，其中不少是天猫认证的服务商（TP）。这份指南用大白话讲清楚：你买的是什么服务，要花多少钱，怎么挑一家靠谱的公司。每个数字都注明出处。',
	decisionHeading: '要点速览',
	decisionPoints: [
		'代运营公司替你运营店铺：上新、活动策划、大促、广告投放和数据分析。发货和售前售后客服通常还是你自己来，以合同为准。',
		'主流收费方式是“基础服务费＋销售提点”。提点按什么口径算，和提点比例一样重要。',
		'店铺、账号和数据都要留在你自己公司名下，并且写进合同。',
		'按五步走：电话初筛、面谈看方案、签合同、组建对接团队、按月复盘。',
		'天猫平台本身的费用另算。天猫从 2024 年 9 月 1 日起不再收取年费（软件服务年费）。',
	],
	guideHeading: '阅读指南',
	guideIntro: '七篇短文，按签约前后的顺序排列。',
	toolsHeading: '实用工具',
	tools: {
		feeCalculator: '对比几家代运营的报价：按你的销售额各要花多少钱，销售额到多少时哪家更划算。',
		checklist: '按五个步骤逐项核对，进度自动保存在本浏览器里。',
		scorecard: '给候选的几家代运营打分，权重由你来定，结果一目了然。',
		contractCheck: '把合同草稿逐条过一遍，看哪些条款要谈，附上可以直接提出的改法。',
		exitPlan: '签约前就把交接想清楚：从合同到期日倒推的日程、日历文件和交接确认书。',
		costPlanner: '算清第一年：请代运营开店要准备多少现金，哪些钱能退回，月销售额做到多少才回本。',
	},
	faqHeading: '商家最常问的问题',
	startReading: '开始阅读',
	independenceHeading: '关于本站',
	independence: '本站是独立网站，与阿里巴巴、天猫及任何代运营公司都没有关系，也不接受代运营公司付费推荐。每个数字都链接到出处；出处写明了日期的，也一并注明。',
	aboutSourcesHeading: '关于资料来源',
	aboutSourcesIntro: '每篇指南的末尾都列出资料来源，并注明每条来源属于哪一类、何时发布、可信度如何。',
	aboutSourcesKindsIntro: '来源的类别决定了它可信度的上限：',
	aboutSourcesCeiling: { high: '最高可评“高”', medium: '最高评“中等”', low: '一律评“低”' },
	aboutSourcesRules: [
		'具体某条来源的可信度可以低于这个上限，但不会高于它。代运营和咨询公司自己就在卖这些服务，所以它们博客的可信度一律算低。',
		'转载站、镜像站和内容农场一概不引用。只找到转载的，我们会去找原文；找不到原文的，相关说法就删掉。',
		'无法给出链接的来源，比如报纸的纸质版或需付费阅读的文章，会注明原标题。',
		'“未注明日期”表示原文没有写日期。没有日期或可信度低的数字只能作粗略参考，用之前请自己再核实。',
	],
};

export const homeStrings = { en, zh } satisfies Record<Locale, HomeStrings>;
