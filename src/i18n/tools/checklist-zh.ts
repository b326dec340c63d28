import type { ChecklistPageStrings, ChecklistStrings } from './checklist';

/** The checklist's Chinese strings, in a module of their own so the Chinese page's island bundles only these. */
export const checklistStringsZh: ChecklistStrings = {
	overallHeading: '完成进度',
	overallProgress: '共 {total} 项，已完成 {done} 项',
	stepProgress: '已完成 {done}/{total}',
	status: { notStarted: '未开始', inProgress: '进行中', completed: '已完成' },
	note: {
		add: '添加备注',
		show: '查看备注',
		hide: '收起备注',
		label: '备注',
		hint: '最多 {max} 字，输入后自动保存。',
		printLabel: '备注：',
	},
	announce: '{step}已完成 {stepDone}/{stepTotal}，全部已完成 {done}/{total}。',
	savedLocally: '勾选和备注只保存在这个浏览器里，不会发送给任何人。',
	storageUnavailable: '当前浏览器不允许本页保存数据，关闭页面后勾选记录就会丢失。可以用“导出文件”留一份备份。',
	recovered: {
		one: '之前保存的清单有部分损坏，{count} 条记录无法读取，已删除。其余内容都在下面。',
		other: '之前保存的清单有部分损坏，{count} 条记录无法读取，已删除。其余内容都在下面。',
	},
	reset: {
		damaged: '之前保存的清单已损坏，无法读取，只好从头开始。如果导出过备份文件，导入后就能恢复。',
		newer: '这份清单是用更新版本的页面保存的，当前页面读不了。请刷新页面，加载最新版本。',
	},
	tools: {
		heading: '保存、迁移或打印',
		exportButton: '导出文件',
		importButton: '从文件导入',
		importHint: '导入会覆盖本页现有的勾选和备注。',
		printButton: '打印',
		resetButton: '清空所有勾选和备注',
		resetQuestion: '确定清空所有勾选和备注吗？清空后无法恢复。如果以后还用得上，请先导出备份。',
		resetConfirm: '确定清空',
		resetCancel: '取消',
		resetDone: '所有勾选和备注已清空。',
	},
};

/** Words only the server writes into the pages (the list's headings, the guide's compact checklist): never bundled with the island. */
export const checklistPageStringsZh: ChecklistPageStrings = {
	stepNumber: '第 {number} 步',
	itemsLegend: '{step}：核对事项',
	guideLinkPrefix: '详见指南：',
	compact: {
		summary: '共五步、{count} 项核对事项。边做边勾，清单会记住你的进度。',
		itemCount: { one: '{count} 项', other: '{count} 项' },
		openTool: '打开签约核对清单',
	},
};
