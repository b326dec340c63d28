import type { ScorecardNoticeStrings } from '../../../i18n/tools/scorecard-notices';
import type { Issue, IssueKind } from '../../../lib/scorecard/types';
import { countIssues } from '../../../lib/scorecard/types';
import { Notice as NoticeBox } from '../shared/Notice';
import type { View } from './types';

export type Notice =
	/** The page opened from a shared link; what the link held that was ignored. */
	| { kind: 'shared'; issues: Issue[]; hasSaved: boolean }
	| { kind: 'link-unsupported' }
	| { kind: 'storage-reset'; reason: 'unreadable' | 'unsupported-version' }
	| { kind: 'storage-issues'; issues: Issue[] }
	| { kind: 'storage-unavailable' };

/** Fixed order, so two notices about the same data always read the same way. */
const issueOrder: Exclude<IssueKind, 'unreadable' | 'unsupported-version'>[] = [
	'agency-dropped',
	'criterion-dropped',
	'weight-reset',
	'score-dropped',
	'name-cleaned',
	'parameter-ignored',
];

function IssueList({ view, strings, issues }: { view: View; strings: ScorecardNoticeStrings; issues: Issue[] }) {
	const counts = countIssues(issues);
	return (
		<ul>
			{issueOrder
				.filter((kind) => counts[kind])
				.map((kind) => (
					<li key={kind}>{view.fill(view.plural(strings.issues[kind], counts[kind] ?? 0), { count: counts[kind] ?? 0 })}</li>
				))}
		</ul>
	);
}

export interface NoticesProps {
	view: View;
	/** The page's language's words, loaded with this module (Scorecard.tsx). */
	strings: ScorecardNoticeStrings;
	notices: Notice[];
	onDismiss(notice: Notice): void;
	onOpenSaved(): void;
}

/** What happened to the data on the way in, said once, at the top of the tool. */
export function Notices({ view, strings, notices, onDismiss, onOpenSaved }: NoticesProps) {
	if (!notices.length) return null;
	return (
		<div class="sc-notices">
			{notices.map((notice) => {
				const tone = notice.kind === 'shared' ? 'info' : 'warning';
				return (
					<NoticeBox tone={tone} class="sc-notice" key={notice.kind} data-notice={notice.kind}>
						{notice.kind === 'shared' && (
							<>
								<p class="notice__title">{strings.sharedHeading}</p>
								<p>{strings.sharedBody}</p>
								{notice.issues.length > 0 && (
									<>
										<p>{strings.linkIssuesHeading}</p>
										<IssueList view={view} strings={strings} issues={notice.issues} />
									</>
								)}
								{notice.hasSaved && (
									<button type="button" class="button button--secondary" onClick={onOpenSaved}>
										{strings.openSaved}
									</button>
								)}
							</>
						)}
						{notice.kind === 'link-unsupported' && <p>{strings.linkUnsupported}</p>}
						{notice.kind === 'storage-reset' && <p>{strings.storageReset[notice.reason]}</p>}
						{notice.kind === 'storage-issues' && (
							<>
								<p>{strings.storageIssuesHeading}</p>
								<IssueList view={view} strings={strings} issues={notice.issues} />
							</>
						)}
						{notice.kind === 'storage-unavailable' && <p>{strings.storageUnavailable}</p>}
						<button type="button" class="sc-link-button" onClick={() => onDismiss(notice)}>
							{strings.dismiss}
						</button>
					</NoticeBox>
				);
			})}
		</div>
	);
}
