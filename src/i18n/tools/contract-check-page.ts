import type { Locale } from '../locales';

/**
 * The contract check's words that only the server renders (around the
 * topics); kept apart from the island's strings so they are not shipped as JavaScript.
 */
export interface ContractCheckPageStrings {
	/** What the tool does, and that nothing leaves the browser. */
	intro: string;
	noScript: string;
	/** Said once, where the report is read. */
	notLegalAdvice: string;
	labels: { why: string; guide: string; checklist: string; sources: string; noSources: string };
	/** The checklist's link to a topic: `Test this clause: …`. */
	checklistLinkPrefix: string;
}

const en: ContractCheckPageStrings = {
	intro:
		'Go through your draft contract one topic at a time. For each, pick what the draft says, or “Not in the contract”, and type the figure where one is asked. Nothing is uploaded: your answers stay in this browser.',
	noScript:
		'The marks, advice, proposed wording, saving and sharing need JavaScript. Without it you can still read each topic, its options and why it matters.',
	notLegalAdvice:
		'This check is not legal advice. It flags clauses that often lead to disputes; a lawyer who knows Chinese contract law should read the final text.',
	labels: {
		why: 'Why it matters',
		guide: 'In the guide: ',
		checklist: 'In the checklist: ',
		sources: 'Sources: ',
		noSources: 'No published source: this rule is the guide’s own judgement.',
	},
	checklistLinkPrefix: 'Test this clause: ',
};

const zh: ContractCheckPageStrings = {
	intro: '拿着合同草稿，一个议题一个议题地核对：选出草稿的写法，没写就选“合同里没有写”，需要数字的地方填上数字。不会上传任何内容：你的答案只保存在本浏览器里。',
	noScript: '标记、建议、措辞、保存和分享都需要 JavaScript；没有它，你仍可阅读每个议题、选项和它为什么重要。',
	notLegalAdvice: '本核对不是法律意见。它指出容易引发纠纷的条款；最终文本请交给熟悉中国合同法的律师审阅。',
	labels: {
		why: '为什么重要',
		guide: '指南：',
		checklist: '核对清单：',
		sources: '来源：',
		noSources: '没有公开来源：这条规则是本指南自己的判断。',
	},
	checklistLinkPrefix: '逐条核对这一条款：',
};

export const contractCheckPageStrings: Record<Locale, ContractCheckPageStrings> = { en, zh };
