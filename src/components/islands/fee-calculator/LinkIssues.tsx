import type { UrlIssue } from '../../../lib/fees/url-state';
import type { FeeCalculatorStrings } from '../../../i18n/tools/fee-calculator';
import { formatInputNumber } from '../../../lib/format/number';
import { fill } from '../../../lib/text/template';
import { joinSentences, type Speech } from './context';

interface Props extends Speech<Pick<FeeCalculatorStrings, 'linkIssues'>> {
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
					const problem = fill(words.problems[issue.code], values);
					if (issue.code === 'more-issues') return <li key={index}>{problem}</li>;
					return <li key={index}>{`${fill(words.fields[issue.field], values)}${words.labelSeparator}${joinSentences([problem, outcome], t)}`}</li>;
				})}
			</ul>
			<button type="button" class="button button--secondary fc-small" onClick={onDismiss}>
				{words.dismiss}
			</button>
		</div>
	);
}
