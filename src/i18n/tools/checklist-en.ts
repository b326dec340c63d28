import type { ChecklistPageStrings, ChecklistStrings } from './checklist';

/** The checklist's English strings, in a module of their own so the English page's island bundles only these. */
export const checklistStringsEn: ChecklistStrings = {
	overallHeading: 'Your progress',
	overallProgress: '{done} of {total} checks done',
	stepProgress: '{done} of {total} done',
	status: { notStarted: 'Not started', inProgress: 'In progress', completed: 'Completed' },
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
	storageUnavailable: 'This browser is not letting the page save your ticks. They will last until you close the page. Use “Export to file” to keep a copy.',
	recovered: {
		one: 'Part of your saved checklist was damaged. 1 entry could not be read and was removed. Everything else is below.',
		other: 'Part of your saved checklist was damaged. {count} entries could not be read and were removed. Everything else is below.',
	},
	reset: {
		damaged: 'Your saved checklist was damaged and could not be read, so it has started again. If you exported a copy, import it to get your ticks back.',
		newer: 'Your checklist was saved by a newer version of this page, so this copy cannot read it. Reload the page to get the newest version.',
	},
	tools: {
		heading: 'Save, move or print',
		exportButton: 'Export to file',
		importButton: 'Import from file',
		importHint: 'Importing replaces the ticks and notes on this page.',
		printButton: 'Print',
		resetButton: 'Clear all ticks and notes',
		resetQuestion: 'Clear every tick and note? You cannot undo this. Export a copy first if you might need it.',
		resetConfirm: 'Yes, clear everything',
		resetCancel: 'Cancel',
		resetDone: 'All ticks and notes have been cleared.',
	},
};

/** Words only the server writes into the pages (the list's headings, the guide's compact checklist): never bundled with the island. */
export const checklistPageStringsEn: ChecklistPageStrings = {
	stepNumber: 'Step {number}',
	itemsLegend: '{step}: things to check',
	guideLinkPrefix: 'In the guide: ',
	compact: {
		summary: 'Five steps, {count} checks in all. Tick them off as you go: the checklist remembers where you are.',
		itemCount: { one: '1 check', other: '{count} checks' },
		openTool: 'Open the hiring checklist',
	},
};
