import type { Locale } from '../locales';
import type { IssueKind } from '../../lib/scorecard/types';
import type { PluralForms } from '../../lib/text/template';
import en from './scorecard-notices-en';
import zh from './scorecard-notices-zh';

/**
 * What the agency scorecard says about data it opened: a shared link, a saved
 * scorecard that needed repair, storage the browser refuses. Kept apart from
 * the other scorecard strings because it loads, with its component, only
 * when there is something to say.
 */
export interface ScorecardNoticeStrings {
	dismiss: string;
	storageUnavailable: string;
	sharedHeading: string;
	sharedBody: string;
	openSaved: string;
	linkUnsupported: string;
	linkIssuesHeading: string;
	storageIssuesHeading: string;
	storageReset: Record<'unreadable' | 'unsupported-version', string>;
	issues: Record<Exclude<IssueKind, 'unreadable' | 'unsupported-version'>, PluralForms>;
}

export const scorecardNoticeStrings = { en, zh } satisfies Record<Locale, ScorecardNoticeStrings>;
