import type { TransferFileStrings } from './transfer';

/**
 * The checklist's English messages after an export or import: a module of their own, which the
 * island loads only when its export or import button is used.
 */
export const checklistFileStringsEn: TransferFileStrings = {
	exported: 'Saved a copy as {file}.',
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
		'not-ours': 'The file is not a checklist export. Choose the .json file you exported from this page.',
		'newer-version': 'The file was made by a newer version of this page. Reload the page, then import it again.',
		'unknown-version': 'The file is a checklist export this page does not recognise.',
		'invalid-body': 'The file is a checklist export, but its ticks and notes could not be read.',
	},
};
