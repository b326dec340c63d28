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
	tools: { feeCalculator: string; checklist: string; scorecard: string };
	faqHeading: string;
	startReading: string;
	independenceHeading: string;
	independence: string;
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
	},
	faqHeading: 'Questions merchants ask',
	startReading: 'Start reading',
	independenceHeading: 'Who we are',
	independence:
		'This is an independent guide. We are not affiliated with Alibaba, Tmall or any agency, and no agency pays to appear here. Every figure names its source and date.',
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
	},
	faqHeading: '商家最常问的问题',
	startReading: '开始阅读',
	independenceHeading: '关于本站',
	independence: '本站是独立网站，与阿里巴巴、天猫及任何代运营公司都没有关系，也不接受代运营公司付费推荐。所有数字都注明来源和日期。',
};

export const homeStrings = { en, zh } satisfies Record<Locale, HomeStrings>;
