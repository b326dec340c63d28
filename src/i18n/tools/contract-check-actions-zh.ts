import type { ContractCheckActionStrings } from './contract-check-actions';

/** The Chinese words, in a module of their own so a page downloads only its language's (see contract-check-actions.ts). */
const zh: ContractCheckActionStrings = {
	actions: {
		heading: '保存、分享和打印',
		savedLocally: '你的答案只保存在本浏览器里，不会上传或发送给任何人。',
		notSaved: '本浏览器没有保存你的答案（可能是无痕模式或禁用了存储）。请导出文件保留。',
		copyLink: '复制这些答案的链接',
		copied: '链接已复制。打开链接的人会看到这些答案；没有上传任何内容，答案就写在链接里。',
		copyFailed: '链接无法自动复制。请在下方选中后手动复制。',
		linkLabel: '这些答案的链接',
		exportButton: '导出文件',
		exported: '已保存为 {file}。',
		importButton: '导入文件',
		importHint: '导入会用文件里的答案替换当前答案。请选择从本页导出的文件。',
		imported: { one: '已导入 {count} 个答案。', other: '已导入 {count} 个答案。' },
		importSkipped: { one: '有 {count} 条无法读取，已略过。', other: '有 {count} 条无法读取，已略过。' },
		importErrors: {
			'read-failed': '文件打不开。请重试，或换一个文件。',
			'too-large': '文件太大，不像是本页导出的合同核对文件。请选择从本页导出的文件。',
			empty: '文件是空的。请选择从本页导出的文件。',
			'not-json': '这不是合同核对导出文件。请选择从本页导出的 .json 文件。',
			'not-ours': '这不是合同核对导出文件。请选择从本页导出的 .json 文件。',
			'newer-version': '这个文件由更新版本的页面导出。请刷新页面后再导入。',
			'unknown-version': '这是合同核对导出文件，但版本无法识别。',
			'invalid-body': '这是合同核对导出文件，但里面的答案无法读取。',
		},
		printButton: '打印核对结果',
		resetButton: '清空所有答案',
		resetQuestion: '确定清空所有答案吗？清空后无法恢复。如果以后还用得上，请先导出文件。',
		resetConfirm: '确定清空',
		resetCancel: '不清空',
		resetDone: '所有答案已清空。',
	},
	notices: {
		shared: '你正在查看通过链接分享的答案。你自己保存的答案没有变动；如果你在这里做任何修改，这些答案会替换你保存的答案。',
		openSaved: '改为打开我保存的答案',
		linkIssues: {
			'topic-dropped': { one: '链接里有 {count} 个议题无法识别，已略过。', other: '链接里有 {count} 个议题无法识别，已略过。' },
			'option-dropped': { one: '链接里有 {count} 个答案无法读取，已略过。', other: '链接里有 {count} 个答案无法读取，已略过。' },
			'value-dropped': { one: '链接里有 {count} 个数字无效，已略过。', other: '链接里有 {count} 个数字无效，已略过。' },
			'parameter-ignored': { one: '链接里的其他内容已忽略。', other: '链接里有 {count} 处其他内容已忽略。' },
		},
		linkUnsupported: '这个链接无法读取，下面显示的是你保存的答案。',
		recovered: {
			one: '保存的答案有一部分损坏：{count} 条无法读取，已删除，其余保留。',
			other: '保存的答案有一部分损坏：{count} 条无法读取，已删除，其余保留。',
		},
		reset: {
			damaged: '保存的答案已损坏，无法读取，核对从空白开始。',
			newer: '你的答案由更新版本的页面保存。请刷新页面查看；在你做出修改之前，它们会一直保留。',
		},
		storageUnavailable: '本浏览器没有保存你的答案（可能是无痕模式或禁用了存储）。请导出文件保留。',
		dismiss: '关闭',
	},
};

export default zh;
