import type { Issue, IssueKind } from '../../../lib/scorecard/types';
import { countIssues } from '../../../lib/scorecard/types';
import type { View } from './types';

export type Notice =
	/** The page opened from a shared link; what the link held that was ignored. */
	| { kind: 'shared'; issues: Issue[]; hasSaved: boolean }
	| { kind: 'link-unsupported' }
	| { kind: 'storage-reset'; reason: 'unreadable' | 'unsupported-version' }
	| { kind: 'storage-issues'; issues: Issue[] }
	| { kind: 'storage-unavailable' }
	| { kind: 'opened-saved' };

/** Fixed order, so two notices about the same data always read the same way. */
const issueOrder: Exclude<IssueKind, 'unreadable' | 'unsupported-version'>[] = [
	'agency-dropped',
	'criterion-dropped',
	'weight-reset',
	'score-dropped',
	'name-cleaned',
	'parameter-ignored',
];

function IssueList({ view, issues }: { view: View; issues: Issue[] }) {
	const counts = countIssues(issues);
	return (
		<ul>
			{issueOrder
				.filter((kind) => counts[kind])
				.map((kind) => (
					<li key={kind}>{view.fill(view.plural(view.strings.notices.issues[kind], counts[kind] ?? 0), { count: counts[kind] ?? 0 })}</li>
				))}
		</ul>
	);
}

interface Props {
	view: View;
	notices: Notice[];
	onDismiss(notice: Notice): void;
	onOpenSaved(): void;
}

/** What happened to the data on the way in, said once, at the top of the tool. */
export function Notices({ view, notices, onDismiss, onOpenSaved }: Props) {
	const { strings } = view;
	if (!notices.length) return null;
	return (
		<div class="sc-notices">
			{notices.map((notice) => {
				const tone = notice.kind === 'shared' || notice.kind === 'opened-saved' ? 'info' : 'warning';
				return (
					<div class={`sc-notice sc-notice--${tone}`} key={notice.kind} data-notice={notice.kind}>
						{notice.kind === 'shared' && (
							<>
								<p class="sc-notice__title">{strings.notices.sharedHeading}</p>
								<p>{strings.notices.sharedBody}</p>
								{notice.issues.length > 0 && (
									<>
										<p>{strings.notices.linkIssuesHeading}</p>
										<IssueList view={view} issues={notice.issues} />
									</>
								)}
								{notice.hasSaved && (
									<button type="button" class="button button--secondary" onClick={onOpenSaved}>
										{strings.notices.openSaved}
									</button>
								)}
							</>
						)}
						{notice.kind === 'link-unsupported' && <p>{strings.notices.linkUnsupported}</p>}
						{notice.kind === 'storage-reset' && <p>{strings.notices.storageReset[notice.reason]}</p>}
						{notice.kind === 'storage-issues' && (
							<>
								<p>{strings.notices.storageIssuesHeading}</p>
								<IssueList view={view} issues={notice.issues} />
							</>
						)}
						{notice.kind === 'storage-unavailable' && <p>{strings.notices.storageUnavailable}</p>}
						{notice.kind === 'opened-saved' && <p>{strings.notices.openedSaved}</p>}
						<button type="button" class="sc-link-button" onClick={() => onDismiss(notice)}>
							{strings.notices.dismiss}
						</button>
					</div>
				);
			})}
		</div>
	);
}
