import type { Locale } from '../locales';

/**
 * Words for the fee calculator. They travel to the island as a prop (plain
 * data, not code), so only the page's own language is sent to the browser.
 * `{name}` placeholders are filled at run time; values are always inserted
 * as text, never as HTML.
 */
const en = {
	exampleNote: 'Example figures — replace them with your own.',
	noScript: 'The calculator needs JavaScript to update the results. The figures below are for the example.',
	exampleNames: ['Quote A', 'Quote B', 'Quote C'] as [string, string, string],
	units: { money: 'CNY', percent: '%' },
	/** English puts a space between sentences; Chinese does not. */
	spacedSentences: true,
	/** A quote's name inside a sentence; Chinese sets names off with quotation marks. */
	nameInSentence: '{name}',
	howItWorks: {
		summary: 'How it’s calculated',
		points: [
			'Net sales = monthly sales (GMV) × (1 − refund rate).',
			'Commission = rate × the base the contract names: all sales (GMV) or net sales. With tiers, each rate applies only to the part of the base inside its band, like income-tax bands.',
			'Guaranteed sales (保底): if a month’s GMV falls short of the promise, the agency refunds the same share of its base fee as the share of sales it missed. It never refunds more than the fee.',
			'Monthly cost = base fee − guarantee refund + commission. Contract total = the sum over every month, with growth applied month by month.',
			'Effective rate = contract total ÷ total GMV over the contract.',
			'Break-even = the monthly GMV at which two quotes cost the same. Costs are straight lines between tier thresholds and guarantee targets, so it is solved exactly.',
			'Money left = net sales × (gross margin − Tmall technical service fee) − the agency’s cost, or − your in-house team’s cost.',
		],
		caveat: 'The calculator leaves out advertising, deposits and one-off set-up fees: ask each agency to list these separately.',
	},
	store: {
		legend: 'Your store',
		gmv: 'Forecast sales per month (GMV)',
		gmvHint: 'All paid orders, before refunds, in yuan.',
		months: 'Contract length',
		monthsUnit: 'months',
		refund: 'Refunds and returns',
	},
	quotes: {
		legend: 'Agency quotes',
		defaultName: 'Quote {n}',
		name: 'Name',
		fee: 'Base fee per month',
		rate: 'Commission',
		base: 'Commission is charged on',
		baseGmv: 'All sales (GMV)',
		baseNet: 'Sales after refunds (net)',
		add: 'Add a quote',
		remove: 'Remove {name}',
		limit: 'You can compare up to {max} quotes.',
	},
	/** Inputs only the full calculator has: growth, commission tiers and guaranteed sales. */
	advanced: {
		growth: 'Sales growth per month (optional)',
		growthHint: 'Leave blank for flat sales. A negative number means sales shrink.',
		summary: 'Tiers and guaranteed sales',
		tiersLegend: 'Commission tiers',
		tiersHint:
			'For a rate that changes with sales. Each tier’s rate applies only to the part of the commission base above its threshold. Leave empty if the rate is flat.',
		tierAbove: 'Above (per month)',
		tierRate: 'Rate',
		tierTitle: 'Tier {n}',
		addTier: 'Add a tier',
		removeTier: 'Remove tier {n}',
		guarantee: 'Guaranteed sales per month (保底)',
		guaranteeHint: 'The monthly GMV the agency promises. Leave blank if there is no guarantee.',
	},
	errors: {
		empty: 'Enter a number.',
		invalid: 'Enter a number, for example 60000 or 100万.',
		'decimal-comma': 'Use a point for decimals, like 1.5, or leave the comma out.',
		negative: 'Enter 0 or more.',
		'too-small': 'Enter more than {limit}.',
		'too-large': 'Enter {limit} or less.',
		'not-whole': 'Enter a whole number.',
		stillUsing: 'Results still use {value}.',
		stillUsingNone: 'Results leave this out for now.',
	},
	results: {
		heading: 'What each quote costs',
		quote: 'Quote',
		firstMonth: 'Monthly cost (CNY)',
		firstMonthGrowth: 'Cost in month 1 (CNY)',
		total: 'Contract total (CNY)',
		effective: 'Effective rate',
		cheapest: 'Cheapest',
		caption: { one: 'Cost of each quote at {gmv} a month over {count} month', other: 'Cost of each quote at {gmv} a month over {count} months' },
	},
	summary: {
		cheapest: '{name} is cheapest at your forecast: {monthly} a month, {rate} of sales.',
		cheapestNoSales: '{name} is cheapest at your forecast: {monthly} a month.',
		cheapestGrowth: '{name} is cheapest over the {months}-month contract: {total} in total, {rate} of sales.',
		tie: '{names} cost the same at your forecast: {monthly} a month.',
		below: '{name} becomes cheaper below {gmv} a month.',
		above: '{name} becomes cheaper above {gmv} a month.',
		belowTie: '{names} cost the same below {gmv} a month.',
		aboveTie: '{names} cost the same above {gmv} a month.',
		alwaysCheapest: 'It stays the cheapest at any level of sales.',
		single: 'With one quote, there is nothing to compare yet. Add another quote to see which is cheaper.',
	},
	breakEven: {
		heading: 'Where the cheapest quote changes',
		intro: 'The monthly sales at which two quotes cost the same.',
		point: '{a} and {b} cost the same at {gmv} a month. Below that, {below} is cheaper; above it, {above} is.',
		points: '{a} and {b} cost the same at {gmvs} a month.',
		range: '{a} and {b} cost the same between {from} and {to} a month.',
		rangeUp: '{a} and {b} cost the same from {from} a month upwards.',
		everywhere: '{a} and {b} cost the same at every level of sales.',
		none: '{a} and {b} never cost the same: {cheaper} is cheaper at every level of sales.',
	},
	chart: {
		heading: 'Monthly cost at different sales levels',
		title: 'Monthly cost of each quote against monthly sales, from 0 to {max}',
		description:
			'Line chart with one line per quote: {names}. Circles mark the break-even points listed above. The table below the chart gives the figures at five levels of sales.',
		xAxis: 'Monthly sales (GMV)',
		yAxis: 'Monthly cost',
		forecast: 'Forecast',
	},
	sensitivity: {
		heading: 'If sales miss or beat the forecast',
		intro:
			'The chart’s figures: each quote’s monthly cost, with its effective rate below it, if every month’s sales land at half the forecast, at the forecast, half as much again, and at the ends of the chart.',
		caption: 'Monthly cost in CNY at different shares of forecast sales',
		quote: 'Sales (share of forecast)',
		row: '{gmv} ({share})',
		cheapest: 'cheapest',
	},
	margin: {
		heading: 'Does the store pay its way?',
		intro: 'Add your gross margin to see how much is left each month after Tmall’s fee and each agency — and what running the store yourself would leave.',
		grossMargin: 'Your gross margin',
		grossMarginHint: 'Share of net sales left after the cost of the goods.',
		platformFee: 'Tmall technical service fee',
		platformFeeHint:
			'Tmall takes a share of each sale at a rate set for your category, reported at {fact:commission-range}; check your category’s current rate. Since 1 September 2024 Tmall also charges a {fact:software-fee} basic software service fee, and about {fact:points-deduction} of each sale pays for Tmall points. To count all of Tmall’s share, enter the three added together.',
		inHouse: 'In-house team per month (optional)',
		inHouseHint: 'Salaries, tools and office costs if you ran the store yourself.',
		waiting: 'Enter your gross margin to see what is left.',
		caption: 'Money left after each option',
		option: 'Option',
		firstMonth: 'Contribution per month (CNY)',
		firstMonthGrowth: 'Contribution in month 1 (CNY)',
		total: 'Contribution over the contract (CNY)',
		beforeOperator: 'Before paying anyone to run the store',
		inHouseRow: 'Run it in-house',
		loss: 'loss',
	},
	share: {
		copy: 'Copy link',
		copyHint: 'The link holds all your figures, so anyone who opens it sees the same result.',
		copied: 'Link copied.',
		manual: 'Could not copy automatically. The link is selected in the box: copy it with Ctrl+C (⌘C on a Mac).',
		linkLabel: 'Link to these figures',
		printedLink: 'Open these figures online:',
		openFull: 'Open the full calculator with these figures',
	},
	/** Shown in place of the analysis below the answer when its code could not be downloaded. */
	analysisFailed:
		'The analysis (where the cheapest quote changes, the chart, the sensitivity table and your margin) could not be loaded. The answer above is up to date. Check your connection, then reload the page. Your figures are kept in the page address.',
	linkIssues: {
		heading: 'Part of this link could not be used',
		intro: 'The calculator opened with everything else. What was wrong:',
		/** After a field's name in the list of problems. */
		labelSeparator: ': ',
		fields: {
			v: 'Version',
			gmv: 'Monthly sales',
			months: 'Contract length',
			refund: 'Refund rate',
			growth: 'Monthly growth',
			margin: 'Gross margin',
			pfee: 'Technical service fee',
			inhouse: 'In-house cost',
			q: 'Quote {n}',
			name: 'Quote {n} name',
			fee: 'Quote {n} base fee',
			rate: 'Quote {n} commission',
			base: 'Quote {n} commission base',
			tiers: 'Quote {n} tiers',
			guarantee: 'Quote {n} guaranteed sales',
			query: 'Link',
		},
		problems: {
			'not-a-number': '“{value}” is not a number.',
			negative: '“{value}” is below zero.',
			'too-small': '“{value}” is too small.',
			'too-large': '“{value}” is more than the limit of {limit}.',
			'not-whole': '“{value}” is not a whole number.',
			'unknown-version': 'this link is from version “{value}”, which this calculator does not know.',
			duplicate: 'it appears more than once.',
			'unknown-base': '“{value}” is not “gmv” or “net”.',
			'bad-tier': '“{value}” is not a tier like 1000000:3.',
			'duplicate-tier': '“{value}” repeats a threshold.',
			'name-markup': 'the name contained code.',
			'name-too-long': 'the name was longer than {limit} characters.',
			'too-many-quotes': 'the link has {value} quotes; the calculator holds {limit}.',
			'too-many-tiers': 'there were more than {limit} tiers.',
			'empty-quote': 'the quote had no fee or commission.',
			'no-quotes': 'no quote could be used.',
			'too-long': 'the link is too long.',
			'more-issues': '{value} more problems.',
		},
		outcomes: {
			'example-value': 'The example figure is used instead.',
			'quote-dropped': 'This quote was left out.',
			ignored: 'It was ignored.',
			adjusted: 'It was shortened or cleaned, and shown as plain text.',
			'read-anyway': 'The rest was read as version 1.',
			'first-kept': 'Only the first one is used.',
		},
		noQuotesOutcome: 'The example quotes are shown instead.',
		dismiss: 'Hide this message',
	},
	live: {
		updated: 'Results updated.',
	},
};

export type FeeCalculatorStrings = typeof en;

const zh: FeeCalculatorStrings = {
	exampleNote: '以下为示例数据，请换成你自己的数字。',
	noScript: '计算器需要 JavaScript 才能更新结果。下面显示的是示例数据的结果。',
	exampleNames: ['报价 A', '报价 B', '报价 C'],
	units: { money: '元', percent: '%' },
	spacedSentences: false,
	nameInSentence: '“{name}”',
	howItWorks: {
		summary: '计算方法',
		points: [
			'净销售额 = 月销售额（GMV）×（1 − 退款率）。',
			'提成 = 提成比例 × 合同约定的提成基数：全部销售额（GMV）或扣除退款后的净销售额。设了阶梯的，每档比例只算落在这一档里的那部分，和个税的累进算法一样。',
			'保底：某个月 GMV 没达到承诺的保底额，服务商按差额占保底额的比例退还基础服务费，最多退全额服务费。',
			'每月费用 = 基础服务费 − 保底退款 + 提成。合同总费用 = 每个月相加，有月增长的按月逐步计算。',
			'综合费率 = 合同总费用 ÷ 合同期内 GMV 总额。',
			'盈亏平衡点 = 两个报价每月费用相等时的月 GMV。费用在阶梯门槛和保底额之间都是直线，所以能精确解出来。',
			'剩余利润 = 净销售额 ×（毛利率 − 天猫技术服务费率）− 代运营费用，或 − 自建团队成本。',
		],
		caveat: '计算器没有包括广告投放、保证金和一次性的开店费用，这些请让服务商单独列明。',
	},
	store: {
		legend: '店铺情况',
		gmv: '预计月销售额（GMV）',
		gmvHint: '所有已付款订单，未扣退款，单位：元。可以直接写“100万”。',
		months: '合同期',
		monthsUnit: '个月',
		refund: '退款退货率',
	},
	quotes: {
		legend: '代运营报价',
		defaultName: '报价 {n}',
		name: '名称',
		fee: '每月基础服务费',
		rate: '提成比例',
		base: '提成基数',
		baseGmv: '全部销售额（GMV）',
		baseNet: '扣除退款后的净销售额',
		add: '增加一个报价',
		remove: '删除“{name}”',
		limit: '最多比较 {max} 个报价。',
	},
	advanced: {
		growth: '月增长率（选填）',
		growthHint: '销售额持平就留空；填负数表示逐月下滑。',
		summary: '阶梯提成和保底',
		tiersLegend: '阶梯提成',
		tiersHint: '提成比例随销售额变化时填写。每档比例只算提成基数超过该门槛的部分。比例固定就不用填。',
		tierAbove: '门槛（每月超过）',
		tierRate: '比例',
		tierTitle: '第 {n} 档',
		addTier: '增加一档',
		removeTier: '删除第 {n} 档',
		guarantee: '每月保底销售额',
		guaranteeHint: '服务商承诺的每月 GMV。没有保底就留空。',
	},
	errors: {
		empty: '请填写数字。',
		invalid: '请填写数字，例如 60000 或 100万。',
		'decimal-comma': '小数请用小数点，例如 1.5；或者去掉逗号。',
		negative: '不能小于 0。',
		'too-small': '请填写大于 {limit} 的数。',
		'too-large': '不能超过 {limit}。',
		'not-whole': '请填写整数。',
		stillUsing: '结果暂时仍按 {value}计算。',
		stillUsingNone: '结果暂时不计入这一项。',
	},
	results: {
		heading: '各报价的费用',
		quote: '报价',
		firstMonth: '月费用（元）',
		firstMonthGrowth: '第 1 个月费用（元）',
		total: '合同期总费用（元）',
		effective: '综合费率',
		cheapest: '最便宜',
		caption: { one: '月销售额 {gmv}、合同 {count} 个月时各报价的费用', other: '月销售额 {gmv}、合同 {count} 个月时各报价的费用' },
	},
	summary: {
		cheapest: '按你的预计销售额，{name}最便宜：每月 {monthly}，占销售额的 {rate}。',
		cheapestNoSales: '按你的预计销售额，{name}最便宜：每月 {monthly}。',
		cheapestGrowth: '在 {months} 个月的合同期内，{name}最便宜：共 {total}，占销售额的 {rate}。',
		tie: '按你的预计销售额，{names}费用相同：每月 {monthly}。',
		below: '月销售额低于 {gmv} 时，{name}更便宜。',
		above: '月销售额高于 {gmv} 时，{name}更便宜。',
		belowTie: '月销售额低于 {gmv} 时，{names}费用相同。',
		aboveTie: '月销售额高于 {gmv} 时，{names}费用相同。',
		alwaysCheapest: '无论销售额多少，它都是最便宜的。',
		single: '现在只有一个报价，还没法比较。再加一个报价就能看出哪个更便宜。',
	},
	breakEven: {
		heading: '最便宜的方案在哪里换人',
		intro: '两个报价费用相等时的月销售额。',
		point: '月销售额为 {gmv} 时，{a}和{b}费用相同。低于这个数，{below}更便宜；高于这个数，{above}更便宜。',
		points: '月销售额为 {gmvs} 时，{a}和{b}费用相同。',
		range: '月销售额在 {from} 到 {to} 之间时，{a}和{b}费用相同。',
		rangeUp: '月销售额达到 {from} 及以上时，{a}和{b}费用相同。',
		everywhere: '不论销售额多少，{a}和{b}费用都相同。',
		none: '{a}和{b}的费用不会相等：不论销售额多少，{cheaper}都更便宜。',
	},
	chart: {
		heading: '不同销售额下的每月费用',
		title: '各报价每月费用随月销售额（0 至 {max}）的变化',
		description: '折线图，每个报价一条线：{names}。圆圈标出上面列出的盈亏平衡点。图表下方的表格列出了五种销售额下的具体数字。',
		xAxis: '月销售额（GMV）',
		yAxis: '每月费用',
		forecast: '预计',
	},
	sensitivity: {
		heading: '销售额不及或超出预期时',
		intro: '即图表中的数字：如果每个月的销售额只有预计的一半、正好符合预计、比预计多一半，以及图表两端的情况，各报价的月费用是多少（下方小字为综合费率）。',
		caption: '不同销售额水平下各报价的每月费用（元）',
		quote: '销售额（占预计）',
		row: '{gmv}（{share}）',
		cheapest: '最便宜',
	},
	margin: {
		heading: '这家店到底赚不赚钱？',
		intro: '填上毛利率，就能看到扣掉天猫技术服务费和代运营费用后每月还剩多少，也能和自己组建团队运营比一比。',
		grossMargin: '你的毛利率',
		grossMarginHint: '净销售额扣除商品成本后剩下的比例。',
		platformFee: '天猫技术服务费率（扣点）',
		platformFeeHint:
			'天猫按类目对每笔成交收取技术服务费，公开资料中多为 {fact:commission-range}，请以你所在类目的最新费率为准。2024 年 9 月 1 日起，每笔成交还要交 {fact:software-fee} 的基础软件服务费，天猫积分另扣约 {fact:points-deduction}。想算全天猫拿走的部分，就把这三项加起来填。',
		inHouse: '自建团队每月成本（选填）',
		inHouseHint: '如果自己运营，团队工资、工具和办公等每月的开销。',
		waiting: '填上毛利率后，这里会显示每种方案剩下多少钱。',
		caption: '各方案扣除费用后剩下的钱',
		option: '方案',
		firstMonth: '每月贡献利润（元）',
		firstMonthGrowth: '第 1 个月贡献利润（元）',
		total: '合同期贡献利润（元）',
		beforeOperator: '未付运营费用前',
		inHouseRow: '自建团队运营',
		loss: '亏损',
	},
	share: {
		copy: '复制链接',
		copyHint: '链接里保存了你填的全部数字，别人打开看到的结果和你一样。',
		copied: '链接已复制。',
		manual: '无法自动复制。链接已在下面的框里选中，请按 Ctrl+C（Mac 上按 ⌘C）复制。',
		linkLabel: '当前数据的链接',
		printedLink: '在线查看这组数据：',
		openFull: '用这组数据打开完整计算器',
	},
	analysisFailed:
		'分析部分（最便宜的方案在哪里换人、图表、敏感度表和毛利）没能加载。上面的结果是最新的。请检查网络后刷新页面。你填的数字保存在网址里，刷新后不会丢失。',
	linkIssues: {
		heading: '链接中有部分内容无法使用',
		intro: '其余内容已正常打开。具体问题如下：',
		labelSeparator: '：',
		fields: {
			v: '版本',
			gmv: '月销售额',
			months: '合同期',
			refund: '退款率',
			growth: '月增长率',
			margin: '毛利率',
			pfee: '技术服务费率',
			inhouse: '自建团队成本',
			q: '报价 {n}',
			name: '报价 {n} 的名称',
			fee: '报价 {n} 的基础服务费',
			rate: '报价 {n} 的提成比例',
			base: '报价 {n} 的提成基数',
			tiers: '报价 {n} 的阶梯',
			guarantee: '报价 {n} 的保底销售额',
			query: '链接',
		},
		problems: {
			'not-a-number': '“{value}”不是数字。',
			negative: '“{value}”小于 0。',
			'too-small': '“{value}”太小。',
			'too-large': '“{value}”超过了上限 {limit}。',
			'not-whole': '“{value}”不是整数。',
			'unknown-version': '链接的版本“{value}”本计算器无法识别。',
			duplicate: '出现了不止一次。',
			'unknown-base': '“{value}”不是“gmv”或“net”。',
			'bad-tier': '“{value}”不是有效的阶梯（格式如 1000000:3）。',
			'duplicate-tier': '“{value}”的门槛重复了。',
			'name-markup': '名称里含有代码。',
			'name-too-long': '名称超过了 {limit} 个字。',
			'too-many-quotes': '链接里有 {value} 个报价，计算器最多容纳 {limit} 个。',
			'too-many-tiers': '阶梯超过了 {limit} 档。',
			'empty-quote': '这个报价既没有服务费也没有提成。',
			'no-quotes': '没有可用的报价。',
			'too-long': '链接太长。',
			'more-issues': '另有 {value} 处问题。',
		},
		outcomes: {
			'example-value': '已改用示例数字。',
			'quote-dropped': '这个报价没有计入。',
			ignored: '已忽略。',
			adjusted: '已截短或清理，并按纯文本显示。',
			'read-anyway': '其余内容按第 1 版读取。',
			'first-kept': '只采用了第一个。',
		},
		noQuotesOutcome: '已改为显示示例报价。',
		dismiss: '关闭提示',
	},
	live: {
		updated: '结果已更新。',
	},
};

/** Both languages; `satisfies` makes a missing key in either one a type error. */
export const feeCalculatorStrings = { en, zh } satisfies Record<Locale, FeeCalculatorStrings>;

/*
 * The island gets only the words it shows, because its props are written into
 * the page's HTML. The no-script note and the method are rendered on the server alone;
 * the words for the analysis, sharing and link messages go only to the full
 * calculator, not to the compact one inside a guide page.
 */
type FullOnlyKey = 'advanced' | 'breakEven' | 'chart' | 'sensitivity' | 'margin' | 'share' | 'analysisFailed' | 'linkIssues';

export type CoreStrings = Omit<FeeCalculatorStrings, 'noScript' | 'howItWorks' | FullOnlyKey> & {
	share: Pick<FeeCalculatorStrings['share'], 'openFull'>;
};

export type FullOnlyStrings = Pick<FeeCalculatorStrings, FullOnlyKey>;

export function coreStrings(t: FeeCalculatorStrings): CoreStrings {
	const { noScript, howItWorks, advanced, breakEven, chart, sensitivity, margin, share, analysisFailed, linkIssues, ...core } = t;
	return { ...core, share: { openFull: share.openFull } };
}

export function fullOnlyStrings(t: FeeCalculatorStrings): FullOnlyStrings {
	const { advanced, breakEven, chart, sensitivity, margin, share, analysisFailed, linkIssues } = t;
	return { advanced, breakEven, chart, sensitivity, margin, share, analysisFailed, linkIssues };
}
