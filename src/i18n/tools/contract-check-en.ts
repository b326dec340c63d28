import type { ContractCheckStrings } from './contract-check';

/** The English words, in a module of their own so a page downloads only its language's (see contract-check.ts). */
const en: ContractCheckStrings = {
	markName: { red: 'Red', amber: 'Amber', green: 'Green' },
	markAction: {
		red: 'change this clause before you sign',
		amber: 'ask for this clause to be tightened',
		green: 'fine as written',
	},
	markLine: '{name}: {action}',
	markLineByValue: '{name}: {action}. The figure you typed sets this mark.',
	notAnswered: 'Not answered yet',
	draftSays: 'Your draft: ',
	labels: { dispute: 'The dispute it leads to', ask: 'What to ask for instead', wording: 'Wording you can propose' },
	wordingIn: { en: 'English', zh: 'Chinese (中文)' },
	valueErrors: {
		invalid: 'Enter a number, for example 60.',
		outOfRange: 'Enter a number from {min} to {max}.',
	},
	summary: {
		heading: 'Your report',
		counts: '{red} red, {amber} amber, {green} green, {unanswered} not answered',
		redHeading: 'Change before you sign',
		amberHeading: 'Ask for these to be tightened',
		noneRed: 'No red marks so far.',
		allAnswered: 'Every topic is answered.',
		someUnanswered: { one: '{count} topic is not answered yet.', other: '{count} topics are not answered yet.' },
	},
	announce: '{topic}: {mark}. {counts}.',
};

export default en;
