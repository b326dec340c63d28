import type { UrlIssue } from '../../../lib/fees/url-state';
import { formatInputNumber } from '../../../lib/format/number';
import { fill } from '../../../lib/format/template';
import type { Speech } from './context';

interface Props extends Speech {
	issues: UrlIssue[];
	onDismiss: () => void;
}

/** Everything a shared link got wrong, said in the reader's language. Values are shown as text only. */
export function LinkIssues({ issues, onDismiss, locale, t }: Props) {
	const words = t.linkIssues;
	return (
		<div class="fc-alert">
			<p class="fc-alert__title">{words.heading}</p>
			<p>{words.intro}</p>
			<ul>
				{issues.map((issue, index) => {
					const values = { n: issue.quote ?? '', value: issue.value ?? '', limit: issue.limit === undefined ? '' : formatInputNumber(issue.limit, locale) };
					const outcome = issue.code === 'no-quotes' ? words.noQuotesOutcome : words.outcomes[issue.outcome];
					const field = issue.code === 'more-issues' ? '' : `${fill(words.fields[issue.field], values)}: `;
					return <li key={index}>{`${field}${fill(words.problems[issue.code], values)} ${issue.code === 'more-issues' ? '' : outcome}`}</li>;
				})}
			</ul>
			<button type="button" class="button button--secondary fc-small" onClick={onDismiss}>
				{words.dismiss}
			</button>
		</div>
	);
}
