import type { Locale } from '../locales';
import type { ImportErrorCode } from '../../lib/checklist/transfer';
import type { PluralForms } from '../../lib/text/template';

/**
 * Interface strings of the hiring checklist. The items themselves live in
 * `content/checklist/<locale>.json`; these are the words around them.
 * `{name}` placeholders are filled with `fill` (src/lib/text/template.ts).
 */
export interface ChecklistStrings {
	overallHeading: string;
	overallProgress: string;
	stepNumber: string;
	stepProgress: string;
	status: { notStarted: string; inProgress: string; completed: string };
	itemsLegend: string;
	/** Written before the guide link; carries its own trailing space where the language wants one. */
	guideLinkPrefix: string;
	note: {
		add: string;
		show: string;
		hide: string;
		label: string;
		hint: string;
		/** Before the note in print; carries its own trailing space, like `guideLinkPrefix`. */
		printLabel: string;
	};
	announce: string;
	savedLocally: string;
	storageUnavailable: string;
	recovered: PluralForms;
	reset: Record<'damaged' | 'newer', string>;
	tools: {
		heading: string;
		exportButton: string;
		exported: string;
		importButton: string;
		importHint: string;
		imported: PluralForms;
		importSkipped: PluralForms;
		importErrors: Record<ImportErrorCode, string>;
		printButton: string;
		resetButton: string;
		resetQuestion: string;
		resetConfirm: string;
		resetCancel: string;
		resetDone: string;
	};
	compact: {
		summary: string;
		itemCount: PluralForms;
		openTool: string;
	};
}

const en: ChecklistStrings = {
	overallHeading: 'Your progress',
	overallProgress: '{done} of {total} checks done',
	stepNumber: 'Step {number}',
	stepProgress: '{done} of {total} done',
	status: { notStarted: 'Not started', inProgress: 'In progress', completed: 'Completed' },
	itemsLegend: '{step}: things to check',
	guideLinkPrefix: 'In the guide: ',
	note: {
		add: 'Add a note',
		show: 'Show your note',
		hide: 'Hide note',
		label: 'Your note',
		hint: 'Up to {max} characters. Saved as you type.',
		printLabel: 'Note: ',
	},
	announce: '{step}: {stepDone} of {stepTotal} done. Overall, {done} of {total} done.',
	savedLocally: 'Your ticks and notes are saved in this browser only. Nothing is sent to anyone.',
	storageUnavailable:
		'This browser is not letting the page save your ticks. They will last until you close the page. Use “Export to file” to keep a copy.',
	recovered: {
		one: 'Part of your saved checklist was damaged. 1 entry could not be read and was removed. Everything else is below.',
		other:
			'Part of your saved checklist was damaged. {count} entries could not be read and were removed. Everything else is below.',
	},
	reset: {
		damaged:
			'Your saved checklist was damaged and could not be read, so it has started again. If you exported a copy, import it to get your ticks back.',
		newer:
			'Your checklist was saved by a newer version of this page, so this copy cannot read it. Reload the page to get the newest version.',
	},
	tools: {
		heading: 'Save, move or print',
		exportButton: 'Export to file',
		exported: 'Saved a copy as {file}.',
		importButton: 'Import from file',
		importHint: 'Importing replaces the ticks and notes on this page.',
		imported: {
			one: 'Restored 1 item from the file.',
			other: 'Restored {count} items from the file.',
		},
		importSkipped: {
			one: '1 entry in the file could not be read and was left out.',
			other: '{count} entries in the file could not be read and were left out.',
		},
		importErrors: {
			'read-failed': 'The file could not be opened. Try again, or choose another file.',
			'too-large': 'The file is too large to be a checklist export. Choose the file you exported from this page.',
			empty: 'The file is empty. Choose the file you exported from this page.',
			'not-json': 'The file is not a checklist export. Choose the .json file you exported from this page.',
			'not-checklist': 'The file is not a checklist export. Choose the .json file you exported from this page.',
			'newer-version': 'The file was made by a newer version of this page. Reload the page, then import it again.',
			'unknown-version': 'The file is a checklist export this page does not recognise.',
			'invalid-items': 'The file is a checklist export, but its ticks and notes could not be read.',
		},
		printButton: 'Print',
		resetButton: 'Clear all ticks and notes',
		resetQuestion: 'Clear every tick and note? You cannot undo this. Export a copy first if you might need it.',
		resetConfirm: 'Yes, clear everything',
		resetCancel: 'Cancel',
		resetDone: 'All ticks and notes have been cleared.',
	},
	compact: {
		summary: 'Five steps, {count} checks in all. Tick them off as you go: the checklist remembers where you are.',
		itemCount: { one: '1 check', other: '{count} checks' },
		openTool: 'Open the hiring checklist',
	},
};

const zh: ChecklistStrings = {
	overallHeading: '完成进度',
	overallProgress: '共 {total} 项，已完成 {done} 项',
	stepNumber: '第 {number} 步',
	stepProgress: '已完成 {done}/{total}',
	status: { notStarted: '未开始', inProgress: '进行中', completed: '已完成' },
	itemsLegend: '{step}：核对事项',
	guideLinkPrefix: '详见指南：',
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
		exported: '已保存备份：{file}',
		importButton: '从文件导入',
		importHint: '导入会覆盖本页现有的勾选和备注。',
		imported: {
			one: '已从文件恢复 {count} 项。',
			other: '已从文件恢复 {count} 项。',
		},
		importSkipped: {
			one: '文件中有 {count} 条记录无法读取，已跳过。',
			other: '文件中有 {count} 条记录无法读取，已跳过。',
		},
		importErrors: {
			'read-failed': '文件打不开。请重试，或换一个文件。',
			'too-large': '文件太大，不像是本页导出的清单。请选择从本页导出的文件。',
			empty: '文件是空的。请选择从本页导出的文件。',
			'not-json': '这不是清单导出文件。请选择从本页导出的 .json 文件。',
			'not-checklist': '这不是清单导出文件。请选择从本页导出的 .json 文件。',
			'newer-version': '这个文件由更新版本的页面导出。请刷新页面后再导入。',
			'unknown-version': '这是清单导出文件，但版本无法识别。',
			'invalid-items': '这是清单导出文件，但里面的勾选和备注无法读取。',
		},
		printButton: '打印',
		resetButton: '清空所有勾选和备注',
		resetQuestion: '确定清空所有勾选和备注吗？清空后无法恢复。如果以后还用得上，请先导出备份。',
		resetConfirm: '确定清空',
		resetCancel: '取消',
		resetDone: '所有勾选和备注已清空。',
	},
	compact: {
		summary: '共五步、{count} 项核对事项。边做边勾，清单会记住你的进度。',
		itemCount: { one: '{count} 项', other: '{count} 项' },
		openTool: '打开签约核对清单',
	},
};

/** `satisfies` makes a missing locale a type error; `ChecklistStrings` does the same for a missing key. */
export const checklistStrings = { en, zh } satisfies Record<Locale, ChecklistStrings>;
