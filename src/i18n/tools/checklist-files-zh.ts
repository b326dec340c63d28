import type { TransferFileStrings } from './transfer';

/**
 * The checklist's Chinese messages after an export or import: a module of their own, which the
 * island loads only when its export or import button is used.
 */
export const checklistFileStringsZh: TransferFileStrings = {
	exported: '已保存备份：{file}',
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
		'not-ours': '这不是清单导出文件。请选择从本页导出的 .json 文件。',
		'newer-version': '这个文件由更新版本的页面导出。请刷新页面后再导入。',
		'unknown-version': '这是清单导出文件，但版本无法识别。',
		'invalid-body': '这是清单导出文件，但里面的勾选和备注无法读取。',
	},
};
