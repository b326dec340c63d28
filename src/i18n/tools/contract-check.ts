import type { Locale } from '../locales';
import type { PluralForms } from '../../lib/text/template';
import type { Mark } from '../../lib/contract-check/rules';

/**
 * Interface strings of the contract check. The topics, options and advice
 * live in `content/contract-check/<locale>.json`; these are the words around
 * them. `{name}` placeholders are filled with `fill` and counts with `plural` (src/lib/text/template.ts).
 */
export interface ContractCheckStrings {
	markName: Record<Mark, string>;
	/** What a mark asks the merchant to do. */
	markAction: Record<Mark, string>;
	notAnswered: string;
	/** Why a figure made the mark worse. */
	markedByValue: string;
	draftSays: string;
	labels: { dispute: string; ask: string; wording: string };
	/** Caption of the proposed wording in each language: `Proposed wording (English)`. */
	wordingIn: Record<Locale, string>;
	valueErrors: { invalid: string; outOfRange: string };
	summary: {
		heading: string;
		counts: string;
		redHeading: string;
		amberHeading: string;
		noneRed: string;
		allAnswered: string;
		someUnanswered: PluralForms;
	};
	/** Said to screen readers when an answer changes the mark. */
	announce: string;
}

const en: ContractCheckStrings = {
	markName: { red: 'Red', amber: 'Amber', green: 'Green' },
	markAction: {
		red: 'change this clause before you sign',
		amber: 'ask for this clause to be tightened',
		green: 'fine as written',
	},
	notAnswered: 'Not answered yet',
	markedByValue: 'The figure you typed sets this mark.',
	draftSays: 'Your draft: ',
	labels: { dispute: 'The dispute it leads to', ask: 'What to ask for instead', wording: 'Wording you can propose' },
	wordingIn: { en: 'English', zh: 'Chinese (中文)' },
	valueErrors: {
		invalid: 'Enter a number, for example 60.',
		outOfRange: 'Enter a number from {min} to {max}.',
	},
	summary: {
		heading: 'Your report',
		counts: '{red} red, {amber} amber, {green} green, {unanswered} not answered',
		redHeading: 'Change before you sign',
		amberHeading: 'Ask for these to be tightened',
		noneRed: 'No red marks so far.',
		allAnswered: 'Every topic is answered.',
		someUnanswered: { one: '{count} topic is not answered yet.', other: '{count} topics are not answered yet.' },
	},
	announce: '{topic}: {mark}. {counts}.',
};

const zh: ContractCheckStrings = {
	markName: { red: '红色', amber: '黄色', green: '绿色' },
	markAction: { red: '签约前必须修改', amber: '要求写得更严', green: '写法可以接受' },
	notAnswered: '尚未作答',
	markedByValue: '这个标记由你填写的数字决定。',
	draftSays: '草稿写法：',
	labels: { dispute: '容易引发的纠纷', ask: '应该争取什么', wording: '可以提出的措辞' },
	wordingIn: { en: '英文（English）', zh: '中文' },
	valueErrors: { invalid: '请输入数字，例如 60。', outOfRange: '请输入 {min} 到 {max} 之间的数字。' },
	summary: {
		heading: '核对结果',
		counts: '红色 {red} 项，黄色 {amber} 项，绿色 {green} 项，未作答 {unanswered} 项',
		redHeading: '签约前必须修改',
		amberHeading: '要求写得更严',
		noneRed: '目前没有红色标记。',
		allAnswered: '所有议题都已作答。',
		someUnanswered: { one: '还有 {count} 个议题未作答。', other: '还有 {count} 个议题未作答。' },
	},
	announce: '{topic}：{mark}。{counts}。',
};

export const contractCheckStrings: Record<Locale, ContractCheckStrings> = { en, zh };
