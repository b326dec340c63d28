import type { Locale } from '../locales';
import type { ReasonTemplates } from '../../lib/scorecard/explain';
import type { WeightInputResult } from '../../lib/scorecard/weights';

type WeightError = Extract<WeightInputResult, { ok: false }>['error'];

/**
 * Interface strings of the agency scorecard. Criterion names and their
 * "what a 5 / a 1 looks like" help live in `content/scorecard/<locale>.json`;
 * these are the words around them. `{name}` placeholders are filled with
 * `fill` (src/lib/text/template.ts).
 */
export interface ScorecardStrings {
	/** Words only the server-rendered wrapper uses; never sent to the browser as island props. */
	page: {
		noScript: string;
		/** Link from the compact variant on guide pages to the tool. */
		openTool: string;
		referenceHeading: string;
		referenceIntro: string;
		high: string;
		low: string;
		sourcesLabel: string;
		backToWeights: string;
		/** How to score, shown above the tool. */
		intro: string;
	};
	/** Placeholder name of the agency in position `{letter}` (A–E). */
	agencyPlaceholder: string;
	/** Placeholder name of an unnamed custom criterion. `{number}` */
	customPlaceholder: string;
	criteria: {
		heading: string;
		hint: string;
		helpSummary: string;
		weightLabel: string;
		/** Hidden part of the weight label: which criterion. `{criterion}` */
		weightLabelFor: string;
		shareOfTotal: string;
		total: string;
		weightErrors: Record<WeightError, string>;
		/** Said after a weight error: the ranking meanwhile. `{weight}` */
		weightStillUsed: string;
		customNameLabel: string;
		customNameHint: string;
		customBadge: string;
		addCustom: string;
		removeCustom: string;
		customLimit: string;
	};
	grid: {
		heading: string;
		caption: string;
		agencyColumn: string;
		nameLabel: string;
		notScored: string;
		/** Hidden label of one cell. `{criterion}`, `{agency}` */
		cellLabel: string;
		addAgency: string;
		agencyCount: string;
		agencyLimit: string;
		removeAgency: string;
	};
	results: {
		heading: string;
		noScores: string;
		noWeights: string;
		outOfFive: string;
		rank: string;
		jointRank: string;
		notRanked: string;
		tieNote: string;
	};
	reasons: ReasonTemplates;
	actions: {
		heading: string;
		copyLink: string;
		copied: string;
		copyFailed: string;
		linkLabel: string;
		print: string;
		reset: string;
		resetQuestion: string;
		resetExplanation: string;
		resetConfirm: string;
		resetCancel: string;
		resetDone: string;
		savedLocally: string;
		notSaved: string;
	};
	announce: {
		openedSaved: string;
		agencyAdded: string;
		agencyRemoved: string;
		criterionAdded: string;
		criterionRemoved: string;
	};
}

const en: ScorecardStrings = {
	page: {
		noScript: 'The scorecard needs JavaScript to calculate the ranking. You can still print this page and use the criteria below to score agencies on paper.',
		openTool: 'Open the agency scorecard',
		referenceHeading: 'What a 5 and a 1 look like',
		referenceIntro:
			'Use these descriptions when you score, so every agency is judged the same way. They draw on due-diligence checklists published by consultancies and agencies, named under each criterion.',
		high: 'What a 5 looks like',
		low: 'What a 1 looks like',
		sourcesLabel: 'Based on',
		backToWeights: 'Back to the weights',
		intro:
			'Score each agency from 1 (poor) to 5 (excellent) on what you have seen of it. Leave a score empty if you have not checked that yet: it is left out of the average and the result says so, instead of counting it as zero.',
	},
	agencyPlaceholder: 'Agency {letter}',
	customPlaceholder: 'Your criterion {number}',
	criteria: {
		heading: '1. Decide what matters most',
		hint: 'Weights are points from 0 to 100. What counts is each weight compared with the others, shown as a share of the total. Give a criterion 0 to leave it out.',
		helpSummary: 'What a 5 and a 1 look like',
		weightLabel: 'Weight',
		weightLabelFor: 'for {criterion}',
		shareOfTotal: '{share} of the total',
		total: 'Total: {total} points',
		weightErrors: {
			empty: 'Enter a weight from 0 to 100. Enter 0 to leave this criterion out.',
			'not-a-number': 'Enter the weight as a number, like 15.',
			'decimal-comma': 'Use a point for decimals, like 1.5, or leave the comma out.',
			'too-large': 'Enter a weight of 100 or less.',
		},
		weightStillUsed: 'Until you fix it, the ranking uses the last weight that worked: {weight}.',
		customNameLabel: 'Name of your criterion',
		customNameHint: 'For example, after-sales service or live-stream experience',
		customBadge: 'Your criterion',
		addCustom: 'Add your own criterion',
		removeCustom: 'Remove {criterion}',
		customLimit: 'You can add up to {max} criteria of your own.',
	},
	grid: {
		heading: '2. Score each agency',
		caption: 'Scores from 1 (poor) to 5 (excellent). “Not scored” leaves a criterion out of that agency’s average.',
		agencyColumn: 'Agency',
		nameLabel: 'Name of agency {number}',
		notScored: 'Not scored',
		cellLabel: '{criterion}, {agency}',
		addAgency: 'Add an agency',
		agencyCount: '{count} of {max} agencies',
		agencyLimit: 'You can compare up to {max} agencies. Remove one to add another.',
		removeAgency: 'Remove {agency}',
	},
	results: {
		heading: '3. Ranking',
		noScores: 'Score at least one agency to see the ranking.',
		noWeights: 'Every weight is 0. Give at least one criterion a weight above 0 to see the ranking.',
		outOfFive: '{score} out of 5',
		rank: '{ordinal}',
		jointRank: 'Joint {ordinal}',
		notRanked: 'Not ranked',
		tieNote: 'Scores are compared to 2 decimal places, as shown. Agencies with the same score share a place.',
	},
	reasons: {
		ordinals: ['first', 'second', 'third', 'fourth', 'fifth'],
		ranks: '{name} ranks {ordinal}',
		sharesRank: '{name} shares {ordinal} place with {others}',
		strongest: 'strongest on {criteria}',
		weakest: 'weakest on {criteria}',
		even: 'it scored {score} out of 5 on everything you scored',
		fact: '{criterion} ({score}/5, weight {share})',
		sentence: '{rank}: {details}.',
		detailsSeparator: '; ',
		aheadOfTied: 'It is ahead of {others} on {criteria}.',
		missing: 'Not scored on {criteria}, so this score rests on {share} of the weight.',
		lowCoverage: 'That is less than half, so score the rest before you rely on this place.',
		unranked: '{name} is not ranked yet: it has no scores on criteria that carry weight.',
		announceLeader: 'Ranking updated. First: {name}, {score} out of 5.',
		announceTie: 'Ranking updated. {names} share first place with {score} out of 5.',
	},
	actions: {
		heading: 'Keep or share your scorecard',
		copyLink: 'Copy link to this scorecard',
		copied: 'Link copied. Anyone who opens it sees these agencies, scores and weights.',
		copyFailed: 'Your browser did not let the page copy the link. Select the link below and copy it yourself.',
		linkLabel: 'Link to this scorecard',
		print: 'Print or save as PDF',
		reset: 'Start again',
		resetQuestion: 'Delete this scorecard and start again?',
		resetExplanation: 'This deletes every agency name, score and weight in this browser. Links you have already copied keep working.',
		resetConfirm: 'Yes, delete and start again',
		resetCancel: 'No, keep my scorecard',
		resetDone: 'The scorecard has been cleared.',
		savedLocally: 'Your scorecard is saved in this browser only. Nothing is sent to anyone.',
		notSaved: 'This browser is not letting the page save your scorecard, so it will be lost when you close the page. Copy the link to keep it.',
	},
	announce: {
		openedSaved: 'Your saved scorecard is open.',
		agencyAdded: 'Agency added. Type its name.',
		agencyRemoved: '{agency} removed.',
		criterionAdded: 'Criterion added. Type its name.',
		criterionRemoved: '{criterion} removed.',
	},
};

const zh: ScorecardStrings = {
	page: {
		noScript: '评分表需要启用 JavaScript 才能计算排名。你仍然可以打印本页，对照下面的评分项在纸上打分。',
		openTool: '打开代运营评分表',
		referenceHeading: '5 分和 1 分分别是什么样',
		referenceIntro: '打分时对照下面的描述，每家代运营就能按同一把尺子衡量。这些描述参考了咨询公司和代运营公司公开的尽职调查清单，出处列在每一项下面。',
		high: '5 分是这样的',
		low: '1 分是这样的',
		sourcesLabel: '依据',
		backToWeights: '回到权重设置',
		intro: '按你实际看到的情况，给每家代运营的每一项打 1 分（差）到 5 分（很好）。还没核实的项目可以先不打分：它不计入平均分，结果里会注明，不会被当成 0 分。',
	},
	agencyPlaceholder: '代运营 {letter}',
	customPlaceholder: '自定义评分项 {number}',
	criteria: {
		heading: '一、先定下哪些方面最重要',
		hint: '权重是 0 到 100 的分值，起作用的是各项之间的比例，旁边会显示它占总权重的百分比。某一项填 0，就不计入评分。',
		helpSummary: '5 分和 1 分分别是什么样',
		weightLabel: '权重',
		weightLabelFor: '（{criterion}）',
		shareOfTotal: '占总权重 {share}',
		total: '合计：{total} 分',
		weightErrors: {
			empty: '请填写 0 到 100 之间的权重。填 0 表示不计入这一项。',
			'not-a-number': '请填写数字，例如 15。',
			'decimal-comma': '小数请用小数点，例如 1.5；或者去掉逗号。',
			'too-large': '权重不能超过 100。',
		},
		weightStillUsed: '改好之前，排名仍按上一次有效的权重 {weight} 计算。',
		customNameLabel: '评分项名称',
		customNameHint: '例如：售后服务、直播经验',
		customBadge: '自定义',
		addCustom: '添加自定义评分项',
		removeCustom: '删除“{criterion}”',
		customLimit: '最多可以添加 {max} 个自定义评分项。',
	},
	grid: {
		heading: '二、给每家代运营打分',
		caption: '1 分为差，5 分为很好。选“未评分”的项目不计入这家的平均分。',
		agencyColumn: '代运营',
		nameLabel: '第 {number} 家代运营的名称',
		notScored: '未评分',
		cellLabel: '{agency}：{criterion}',
		addAgency: '添加一家代运营',
		agencyCount: '已添加 {count} 家，最多 {max} 家',
		agencyLimit: '最多比较 {max} 家代运营。删掉一家才能再添加。',
		removeAgency: '删除{agency}',
	},
	results: {
		heading: '三、排名',
		noScores: '至少给一家代运营打分，才能看到排名。',
		noWeights: '所有权重都是 0。至少给一个评分项设上大于 0 的权重，才能看到排名。',
		outOfFive: '{score} 分（满分 5 分）',
		rank: '{ordinal}',
		jointRank: '并列{ordinal}',
		notRanked: '暂不排名',
		tieNote: '得分按显示的两位小数比较，分数相同的并列同一名次。',
	},
	reasons: {
		ordinals: ['第一', '第二', '第三', '第四', '第五'],
		ranks: '{name}排名{ordinal}',
		sharesRank: '{name}与{others}并列{ordinal}',
		strongest: '最强的是{criteria}',
		weakest: '最弱的是{criteria}',
		even: '已打分的各项都是 {score} 分',
		fact: '{criterion}（{score}/5 分，权重 {share}）',
		sentence: '{rank}：{details}。',
		detailsSeparator: '；',
		aheadOfTied: '它在{criteria}上领先{others}。',
		missing: '{criteria}还没打分，所以这个得分只反映了 {share} 的权重。',
		lowCoverage: '这不到一半，先把其余各项打完分，再参考这个名次。',
		unranked: '{name}暂不排名：有权重的评分项都还没打分。',
		announceLeader: '排名已更新。第一名：{name}，{score} 分。',
		announceTie: '排名已更新。{names}并列第一，{score} 分。',
	},
	actions: {
		heading: '保存或分享评分表',
		copyLink: '复制评分表链接',
		copied: '链接已复制。任何人打开都能看到这些代运营、分数和权重。',
		copyFailed: '浏览器不允许网页复制链接。请选中下面的链接，自己复制。',
		linkLabel: '评分表链接',
		print: '打印或存为 PDF',
		reset: '重新开始',
		resetQuestion: '删除这份评分表，重新开始？',
		resetExplanation: '本浏览器里的代运营名称、分数和权重都会被删除。已经复制出去的链接仍然有效。',
		resetConfirm: '确定删除，重新开始',
		resetCancel: '不删除，保留评分表',
		resetDone: '评分表已清空。',
		savedLocally: '评分表只保存在本浏览器里，不会发送给任何人。',
		notSaved: '浏览器不允许网页保存评分表，关闭页面后就会丢失。想保留的话，请复制链接。',
	},
	announce: {
		openedSaved: '已打开你自己保存的评分表。',
		agencyAdded: '已添加一家代运营，请填写名称。',
		agencyRemoved: '已删除{agency}。',
		criterionAdded: '已添加评分项，请填写名称。',
		criterionRemoved: '已删除“{criterion}”。',
	},
};

export const scorecardStrings = { en, zh } satisfies Record<Locale, ScorecardStrings>;

/** The strings the island sends with its HTML: everything but the wrapper's own (notices load with their own code). */
export type ScorecardIslandStrings = Omit<ScorecardStrings, 'page'>;

export function islandStrings(strings: ScorecardStrings): ScorecardIslandStrings {
	const { page: _page, ...rest } = strings;
	return rest;
}
