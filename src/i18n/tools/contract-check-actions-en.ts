import type { ContractCheckActionStrings } from './contract-check-actions';

/** The English words, in a module of their own so a page downloads only its language's (see contract-check-actions.ts). */
const en: ContractCheckActionStrings = {
	actions: {
		heading: 'Save, share and print',
		savedLocally: 'Your answers are saved in this browser only. Nothing is uploaded or sent to anyone.',
		notSaved: 'This browser is not saving your answers (private mode or storage turned off). Export a file to keep them.',
		copyLink: 'Copy a link to these answers',
		copied: 'Link copied. Anyone who opens it sees these answers; nothing was uploaded, the answers are in the link itself.',
		copyFailed: 'The link could not be copied. Select it below and copy it yourself.',
		linkLabel: 'Link to these answers',
		exportButton: 'Export a file',
		exported: 'Saved as {file}.',
		importButton: 'Import a file',
		importHint: 'Import replaces your current answers with those in a file exported from this page.',
		imported: { one: '{count} answer imported.', other: '{count} answers imported.' },
		importSkipped: { one: '{count} unreadable entry was left out.', other: '{count} unreadable entries were left out.' },
		importErrors: {
			'read-failed': 'The file could not be opened. Try again, or choose another file.',
			'too-large': 'The file is too large to be a contract check export. Choose the file you exported from this page.',
			empty: 'The file is empty. Choose the file you exported from this page.',
			'not-json': 'The file is not a contract check export. Choose the .json file you exported from this page.',
			'not-ours': 'The file is not a contract check export. Choose the .json file you exported from this page.',
			'newer-version': 'The file was made by a newer version of this page. Reload the page, then import it again.',
			'unknown-version': 'The file is a contract check export this page does not recognise.',
			'invalid-body': 'The file is a contract check export, but its answers could not be read.',
		},
		printButton: 'Print the report',
		resetButton: 'Clear all answers',
		resetQuestion: 'Clear every answer? You cannot undo this. Export a file first if you might need them.',
		resetConfirm: 'Yes, clear them',
		resetCancel: 'No, keep them',
		resetDone: 'All answers cleared.',
	},
	notices: {
		shared: 'You are looking at answers shared by link. Your own saved answers are untouched; if you change anything here, these answers replace them.',
		openSaved: 'Open my saved answers instead',
		linkIssues: {
			'topic-dropped': {
				one: '{count} topic in the link is not one of ours and was left out.',
				other: '{count} topics in the link are not ours and were left out.',
			},
			'option-dropped': {
				one: '{count} answer in the link could not be read and was left out.',
				other: '{count} answers in the link could not be read and were left out.',
			},
			'value-dropped': {
				one: '{count} figure in the link was not a number and was left out.',
				other: '{count} figures in the link were not numbers and were left out.',
			},
			'parameter-ignored': { one: 'Something else in the link was ignored.', other: '{count} other parts of the link were ignored.' },
		},
		linkUnsupported: 'The link could not be read, so your saved answers are shown instead.',
		recovered: {
			one: 'Part of your saved answers was damaged: {count} entry could not be read and was removed. The rest is kept.',
			other: 'Part of your saved answers was damaged: {count} entries could not be read and were removed. The rest is kept.',
		},
		reset: {
			damaged: 'Your saved answers were damaged and could not be read, so the check starts empty.',
			newer: 'Your answers were saved by a newer version of this page. Reload the page to see them; they are kept until you change something here.',
		},
		storageUnavailable: 'This browser is not saving your answers (private mode or storage turned off). Export a file to keep them.',
		dismiss: 'Dismiss',
	},
};

export default en;
