import type { Locale } from '../locales';
import type { ExitReadProblem } from '../../lib/exit-plan/saved-format';
import type { UrlIssue } from '../../lib/exit-plan/url';
import type { PluralForms } from '../../lib/text/template';

/**
 * Interface strings of the exit plan. The steps' words live in
 * content/exit-plan/<locale>.json. `{name}` placeholders are filled with
 * `fill` and counts with `plural` (src/lib/text/template.ts). The Astro wrapper passes one locale's strings to the
 * island, so the browser never downloads the other language.
 */
export interface ExitPlanStrings {
	inputsHeading: string;
	endLegend: string;
	modeDate: string;
	modeNow: string;
	endDateLabel: string;
	endDateError: string;
	noticeLabel: string;
	noticeHint: string;
	noticeError: string;
	registeredLegend: string;
	registered: { merchant: string; agency: string };
	takeoverLegend: string;
	takeover: { 'in-house': string; 'new-agency': string };
	entityLegend: string;
	entityHint: string;
	yes: string;
	no: string;
	example: string;
	planHeading: string;
	planSummary: string;
	progress: string;
	announce: string;
	entityTag: string;
	compressedTag: string;
	warningsHeading: string;
	warnings: {
		noticePassed: string;
		compressed: PluralForms;
		agencyKeepsStore: string;
		entityBeforeNotice: string;
		entityTooLate: string;
		salesEvent: string;
		moveBefore: string;
		eventNames: { '618': string; 'double-11': string };
	};
	entityEstimate: string;
	actionsHeading: string;
	downloadCalendar: string;
	calendarSaved: string;
	calendarName: string;
	shareLabel: string;
	shareHint: string;
	copyLink: string;
	copied: string;
	copyFailed: string;
	print: string;
	savedLocally: string;
	storageUnavailable: string;
	recovered: string;
	reset: Record<ExitReadProblem, string>;
	link: {
		opened: string;
		unsupported: string;
		issues: string;
		fields: Record<UrlIssue, string>;
		useSaved: string;
	};
	listSeparator: string;
}

const en: ExitPlanStrings = {
	inputsHeading: 'Your contract',
	endLegend: 'When does the agency contract end?',
	modeDate: 'On a set date',
	modeNow: 'I want to switch now: I give notice today',
	endDateLabel: 'Last day of the contract',
	endDateError: 'Enter a real date between 2000 and 2099, for example 30/06/2027.',
	noticeLabel: 'Notice period, in days',
	noticeHint: 'As the contract says. Whole days, 0 to 365.',
	noticeError: 'Enter a whole number of days from 0 to 365, for example 30.',
	registeredLegend: 'Who is the store registered to?',
	registered: { merchant: 'My company (the merchant)', agency: 'The agency' },
	takeoverLegend: 'Who runs the store after the agency?',
	takeover: { 'in-house': 'My own team', 'new-agency': 'A new agency' },
	entityLegend: 'Must the store’s legal entity change?',
	entityHint: 'Yes if the store is in the agency’s name, or must move to another company of yours.',
	yes: 'Yes',
	no: 'No',
	example: 'These are example answers (a contract ending 30 June 2027). Change them to your own.',
	planHeading: 'Your exit plan',
	planSummary: 'Notice on {notice}; the contract ends on {end}.',
	progress: '{done} of {total} steps done',
	announce: '{step}: {state}. {done} of {total} steps done.',
	entityTag: 'Entity change',
	compressedTag: 'Moved up: short notice',
	warningsHeading: 'Check these first',
	warnings: {
		noticePassed: 'The day to give notice ({notice}) has passed. With {days} days’ notice from today, the earliest end date is {earliest}.',
		compressed: {
			one: 'The notice period is short, so {count} step moves up to the day you give notice. Start it as soon as you can.',
			other: 'The notice period is short, so {count} steps move up to the day you give notice. Start them as soon as you can.',
		},
		agencyKeepsStore:
			'The store is registered to the agency and its entity will not change: when the contract ends, the store stays with the agency. Ask for an entity change, or plan to open a new store.',
		entityBeforeNotice:
			'The entity change should start on {apply}, before you give notice on {notice}. Agree it with the agency in writing first, or give notice earlier.',
		entityTooLate: 'The entity change should have started on {apply}. Counting from today, it needs an end date of {earliest} or later.',
		salesEvent: 'The handover weeks overlap {event} ({from} to {to}), when the store is busiest. Consider moving the end date to {after} or later.',
		moveBefore: 'Or finish the handover before it: end on {before}.',
		eventNames: { '618': '618', 'double-11': 'Double 11' },
	},
	entityEstimate:
		'The entity change’s waiting times (about 10 working days of review, then about 15 days of public notice) are this guide’s estimate. Confirm them with Tmall.',
	actionsHeading: 'Keep, share or print the plan',
	downloadCalendar: 'Download calendar file (.ics)',
	calendarSaved: 'Saved {file}. Open it to add the dates to your calendar.',
	calendarName: 'Tmall agency exit plan',
	shareLabel: 'Link to this plan',
	shareHint: 'The link holds your answers, not your ticks. Nothing is sent anywhere.',
	copyLink: 'Copy link',
	copied: 'Link copied.',
	copyFailed: 'The link could not be copied. Select it and copy it yourself.',
	print: 'Print plan and handover form',
	savedLocally: 'Your answers and ticks are saved in this browser only.',
	storageUnavailable: 'This browser is not letting the page save. Your ticks last until you close the page; the link above keeps your answers.',
	recovered: 'Part of your saved plan was damaged and could not be read, so it was replaced by the example. Check your answers.',
	reset: {
		'too-large': 'Your saved plan was damaged and could not be read, so the page starts again from the example.',
		'not-json': 'Your saved plan was damaged and could not be read, so the page starts again from the example.',
		'not-an-object': 'Your saved plan was damaged and could not be read, so the page starts again from the example.',
		'unknown-version': 'Your saved plan was damaged and could not be read, so the page starts again from the example.',
		'newer-version': 'Your plan was saved by a newer version of this page. Reload the page to get the newest version.',
	},
	link: {
		opened: 'You opened a plan from a link. Your own saved plan is kept until you change something here.',
		unsupported: 'This link could not be read: it may be damaged or from a newer version of the page. Your own plan is shown instead.',
		issues: 'Some parts of the link could not be read, so the example is used for them: {fields}.',
		fields: {
			end: 'end date',
			notice: 'notice period',
			reg: 'who the store is registered to',
			to: 'who takes over',
			entity: 'entity change',
			ignored: 'unknown or repeated parts',
		},
		useSaved: 'Show my saved plan instead',
	},
	listSeparator: ', ',
};

const zh: ExitPlanStrings = {
	inputsHeading: '你的合同',
	endLegend: '代运营合同什么时候结束？',
	modeDate: '在约定日期结束',
	modeNow: '现在就要更换：今天发出通知',
	endDateLabel: '合同最后一天',
	endDateError: '请输入 2000 年至 2099 年之间的真实日期，例如 2027-06-30。',
	noticeLabel: '提前通知期（天）',
	noticeHint: '以合同约定为准，整数天，0 至 365。',
	noticeError: '请输入 0 至 365 之间的整数天数，例如 30。',
	registeredLegend: '店铺注册在谁名下？',
	registered: { merchant: '我的公司（商家）', agency: '代运营公司' },
	takeoverLegend: '代运营结束后谁来运营店铺？',
	takeover: { 'in-house': '自己的团队', 'new-agency': '新的代运营公司' },
	entityLegend: '店铺主体是否需要变更？',
	entityHint: '店铺在代运营公司名下，或需转到你的另一家公司时，选“是”。',
	yes: '是',
	no: '否',
	example: '以下是示例答案（合同于 2027 年 6 月 30 日结束），请改成你自己的情况。',
	planHeading: '你的退出计划',
	planSummary: '{notice}发出通知，合同于 {end} 结束。',
	progress: '共 {total} 步，已完成 {done} 步',
	announce: '{step}：{state}。共 {total} 步，已完成 {done} 步。',
	entityTag: '主体变更',
	compressedTag: '通知期短，已提前',
	warningsHeading: '请先注意',
	warnings: {
		noticePassed: '发出通知的日期（{notice}）已经过了。从今天起提前 {days} 天通知，最早在 {earliest} 结束。',
		compressed: {
			one: '通知期较短，有 {count} 个步骤提前到发出通知当天，请尽早开始。',
			other: '通知期较短，有 {count} 个步骤提前到发出通知当天，请尽早开始。',
		},
		agencyKeepsStore: '店铺注册在代运营公司名下，且主体不变更：合同结束后店铺仍归代运营公司。请要求变更主体，或准备另开新店。',
		entityBeforeNotice: '主体变更应在 {apply} 开始，早于 {notice} 发出通知。请先与代运营公司书面约定，或提前发出通知。',
		entityTooLate: '主体变更本应在 {apply} 开始。从今天算起，终止日需定在 {earliest} 或之后。',
		salesEvent: '交接期与 {event}（{from} 至 {to}）重叠，这是店铺最忙的时候。建议把终止日推迟到 {after} 或之后。',
		moveBefore: '或者在大促前完成交接：在 {before} 结束。',
		eventNames: { '618': '618', 'double-11': '双11' },
	},
	entityEstimate: '主体变更的等待时间（审核约 10 个工作日，之后公示约 15 天）是本指南的估计，请向天猫核实。',
	actionsHeading: '保存、分享或打印计划',
	downloadCalendar: '下载日历文件（.ics）',
	calendarSaved: '已保存 {file}，打开即可把日期加入日历。',
	calendarName: '天猫代运营退出计划',
	shareLabel: '本计划的链接',
	shareHint: '链接只包含你的答案，不含勾选记录。不会发送给任何人。',
	copyLink: '复制链接',
	copied: '链接已复制。',
	copyFailed: '无法复制链接，请手动选中后复制。',
	print: '打印计划和交接确认书',
	savedLocally: '你的答案和勾选记录只保存在这个浏览器里。',
	storageUnavailable: '当前浏览器不允许本页保存数据，关闭页面后勾选记录会丢失；上面的链接可以保留你的答案。',
	recovered: '保存的计划有一部分已损坏、无法读取，已用示例代替。请核对你的答案。',
	reset: {
		'too-large': '保存的计划已损坏、无法读取，页面已从示例重新开始。',
		'not-json': '保存的计划已损坏、无法读取，页面已从示例重新开始。',
		'not-an-object': '保存的计划已损坏、无法读取，页面已从示例重新开始。',
		'unknown-version': '保存的计划已损坏、无法读取，页面已从示例重新开始。',
		'newer-version': '你的计划由更新版本的页面保存，当前页面无法读取。请刷新页面获取最新版本。',
	},
	link: {
		opened: '你打开的是链接中的计划。在你修改之前，你自己保存的计划不会被覆盖。',
		unsupported: '无法读取这个链接：可能已损坏，或来自更新版本的页面。下面显示的是你自己的计划。',
		issues: '链接中有些内容无法读取，已用示例代替：{fields}。',
		fields: {
			end: '终止日期',
			notice: '通知期',
			reg: '店铺注册在谁名下',
			to: '由谁接手',
			entity: '主体变更',
			ignored: '未知或重复的内容',
		},
		useSaved: '改为显示我保存的计划',
	},
	listSeparator: '、',
};

export const exitPlanStrings: Record<Locale, ExitPlanStrings> = { en, zh };

/** The handover acceptance form is always in both languages; these are its fixed words. */
export const handoverFormStrings = {
	heading: { en: 'Handover acceptance form', zh: '交接确认书' },
	intro: {
		en: 'The parties confirm that the items ticked below were handed over on the date given. Items not ticked are listed under “Outstanding”.',
		zh: '双方确认，下列已勾选的事项已于所填日期完成交接。未勾选的事项列入“未完成事项”。',
	},
	store: { en: 'Store', zh: '店铺' },
	merchant: { en: 'Merchant', zh: '商家' },
	agency: { en: 'Agency', zh: '代运营公司' },
	item: { en: 'Item', zh: '事项' },
	handed: { en: 'Handed over', zh: '已交接' },
	notes: { en: 'Notes', zh: '备注' },
	outstanding: { en: 'Outstanding', zh: '未完成事项' },
	signature: { en: 'Signature and company seal', zh: '签字及盖章' },
	date: { en: 'Date', zh: '日期' },
} as const;
