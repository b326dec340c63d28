import type { ScorecardNoticeStrings } from './scorecard-notices';

/** The Chinese words, in a module of their own so a page downloads only its language's (see scorecard-notices.ts). */
const zh: ScorecardNoticeStrings = {
	dismiss: '关闭提示',
	storageUnavailable: '浏览器不允许网页保存评分表，关闭页面后就会丢失。想保留的话，请复制链接。',
	sharedHeading: '这是别人分享给你的评分表',
	sharedBody: '如果你做了修改，它会保存在本浏览器里，并替换你之前保存在这里的评分表。',
	openSaved: '改为打开我自己保存的评分表',
	linkUnsupported: '这个链接打不开：它来自另一个版本的评分表，或者被改动过。下面显示的是你自己的评分表。',
	linkIssuesHeading: '链接中有些内容无法读取，已忽略：',
	storageIssuesHeading: '保存的评分表有一部分无法读取，其余内容都已保留。被重置的内容：',
	storageReset: {
		unreadable: '保存的评分表无法读取，已换成一份空白评分表。',
		'unsupported-version': '保存的评分表来自另一个版本的工具，已换成一份空白评分表。',
	},
	issues: {
		'weight-reset': {
			one: '1 个权重不是 0 到 100 的数字，已恢复默认值',
			other: '{count} 个权重不是 0 到 100 的数字，已恢复默认值',
		},
		'criterion-dropped': {
			one: '1 个自定义评分项无法读取，已略去',
			other: '{count} 个自定义评分项无法读取，已略去',
		},
		'score-dropped': {
			one: '1 个分数不在 1 到 5 之间，已改为“未评分”',
			other: '{count} 个分数不在 1 到 5 之间，已改为“未评分”',
		},
		'agency-dropped': {
			one: '1 家代运营超出 5 家上限，已略去',
			other: '{count} 家代运营超出 5 家上限，已略去',
		},
		'name-cleaned': {
			one: '1 个名称去掉了代码或隐藏字符，或被截短',
			other: '{count} 个名称去掉了代码或隐藏字符，或被截短',
		},
		'parameter-ignored': {
			one: '1 处本版本用不到的内容已忽略',
			other: '{count} 处本版本用不到的内容已忽略',
		},
	},
};

export default zh;
