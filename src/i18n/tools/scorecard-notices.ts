import type { Locale } from '../locales';
import type { IssueKind } from '../../lib/scorecard/types';
import type { PluralForms } from '../../lib/text/template';

/**
 * What the agency scorecard says about data it opened: a shared link, a saved
 * scorecard that needed repair, storage the browser refuses. Kept apart from
 * the other scorecard strings because it loads, with its component, only
 * when there is something to say.
 */
export interface ScorecardNoticeStrings {
	dismiss: string;
	storageUnavailable: string;
	sharedHeading: string;
	sharedBody: string;
	openSaved: string;
	linkUnsupported: string;
	linkIssuesHeading: string;
	storageIssuesHeading: string;
	storageReset: Record<'unreadable' | 'unsupported-version', string>;
	issues: Record<Exclude<IssueKind, 'unreadable' | 'unsupported-version'>, PluralForms>;
}

const en: ScorecardNoticeStrings = {
	dismiss: 'Dismiss',
	storageUnavailable: 'This browser is not letting the page save your scorecard, so it will be lost when you close the page. Copy the link to keep it.',
	sharedHeading: 'You are looking at a shared scorecard',
	sharedBody: 'If you change it, it is saved in this browser and replaces the scorecard you had saved here.',
	openSaved: 'Open my saved scorecard instead',
	linkUnsupported:
		'This link could not be opened: it was made by a different version of the scorecard, or it has been changed. Your own scorecard is shown instead.',
	linkIssuesHeading: 'Parts of this link could not be read and were ignored:',
	storageIssuesHeading: 'Part of your saved scorecard could not be read. Everything else was kept. What was reset:',
	storageReset: {
		unreadable: 'Your saved scorecard could not be read, so the tool has started again with an empty one.',
		'unsupported-version': 'Your saved scorecard was made by a different version of this tool, so the tool has started again with an empty one.',
	},
	issues: {
		'weight-reset': {
			one: '1 weight was not a number from 0 to 100, so it is back to its default',
			other: '{count} weights were not numbers from 0 to 100, so they are back to their defaults',
		},
		'criterion-dropped': {
			one: '1 criterion of your own could not be read and was left out',
			other: '{count} criteria of your own could not be read and were left out',
		},
		'score-dropped': {
			one: '1 score was not 1 to 5, so it is now “Not scored”',
			other: '{count} scores were not 1 to 5, so they are now “Not scored”',
		},
		'agency-dropped': {
			one: '1 agency was over the limit of 5 and was left out',
			other: '{count} agencies were over the limit of 5 and were left out',
		},
		'name-cleaned': {
			one: '1 name lost markup or hidden characters, or was shortened',
			other: '{count} names lost markup or hidden characters, or were shortened',
		},
		'parameter-ignored': {
			one: '1 part this version does not use was ignored',
			other: '{count} parts this version does not use were ignored',
		},
	},
};

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

export const scorecardNoticeStrings = { en, zh } satisfies Record<Locale, ScorecardNoticeStrings>;
