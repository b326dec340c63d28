import type { ContractCheckStrings } from './contract-check';

/** The Chinese words, in a module of their own so a page downloads only its language's (see contract-check.ts). */
const zh: ContractCheckStrings = {
	markName: { red: '红色', amber: '黄色', green: '绿色' },
	markAction: { red: '签约前必须修改', amber: '要求写得更严', green: '写法可以接受' },
	markLine: '{name}：{action}',
	markLineByValue: '{name}：{action}。这个标记由你填写的数字决定。',
	notAnswered: '尚未作答',
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

export default zh;
