import type { ScorecardNoticeStrings } from './scorecard-notices';

/** The English words, in a module of their own so a page downloads only its language's (see scorecard-notices.ts). */
const en: ScorecardNoticeStrings = {
	dismiss: 'Dismiss',
	storageUnavailable: 'This browser is not letting the page save your scorecard, so it will be lost when you close the page. Copy the link to keep it.',
	sharedHeading: 'You are looking at a shared scorecard',
	sharedBody: 'If you change it, it is saved in this browser and replaces the scorecard you had saved here.',
	openSaved: 'Open my saved scorecard instead',
	linkUnsupported:
		'This link could not be opened: it was made by a different version of the scorecard, or it has been changed. Your own scorecard is shown instead.',
	linkIssuesHeading: 'Parts of this link could not be read and were ignored:',
	storageIssuesHeading: 'Part of your saved scorecard could not be read. Everything else was kept. What was reset:',
	storageReset: {
		unreadable: 'Your saved scorecard could not be read, so the tool has started again with an empty one.',
		'unsupported-version': 'Your saved scorecard was made by a different version of this tool, so the tool has started again with an empty one.',
	},
	issues: {
		'weight-reset': {
			one: '1 weight was not a number from 0 to 100, so it is back to its default',
			other: '{count} weights were not numbers from 0 to 100, so they are back to their defaults',
		},
		'criterion-dropped': {
			one: '1 criterion of your own could not be read and was left out',
			other: '{count} criteria of your own could not be read and were left out',
		},
		'score-dropped': {
			one: '1 score was not 1 to 5, so it is now “Not scored”',
			other: '{count} scores were not 1 to 5, so they are now “Not scored”',
		},
		'agency-dropped': {
			one: '1 agency was over the limit of 5 and was left out',
			other: '{count} agencies were over the limit of 5 and were left out',
		},
		'name-cleaned': {
			one: '1 name lost markup or hidden characters, or was shortened',
			other: '{count} names lost markup or hidden characters, or were shortened',
		},
		'parameter-ignored': {
			one: '1 part this version does not use was ignored',
			other: '{count} parts this version does not use were ignored',
		},
	},
};

export default en;
