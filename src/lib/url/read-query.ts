/**
 * What the fee calculator's and the cost planner's link readers share: a query cut to a safe
 * length, each parameter read once (a repeat is reported and the first kept), and a short list
 * of issues. Never throws, whatever the link holds.
 */

/** The parts of a link issue this module reads and writes; each tool's issue type has more codes and fields. */
export interface QueryIssue {
	code: string;
	field: string;
	outcome: string;
	/** The offending text, shortened; show it as text only. */
	value?: string;
	limit?: number;
}

/** Longer queries are cut: no real link comes near it, and parsing stays cheap on hostile links. */
export const maxQueryLength = 20_000;
/** Enough to explain a broken link without burying the tool under a list. */
export const maxIssues = 12;
const maxShownValueLength = 40;

/**
 * Issues in the order found, values shortened to 40 characters; past the twelfth, only a count
 * (`more-issues`) is kept. `I` must allow the codes `too-long`, `duplicate` and `more-issues`
 * on the field `query` or on a parameter.
 */
export class IssueList<I extends QueryIssue> {
	readonly issues: I[] = [];
	private overflow = 0;

	add(issue: I): void {
		if (issue.value !== undefined) {
			const characters = Array.from(issue.value);
			if (characters.length > maxShownValueLength) issue.value = `${characters.slice(0, maxShownValueLength).join('')}…`;
		}
		if (this.issues.length < maxIssues) this.issues.push(issue);
		else this.overflow += 1;
	}

	finish(): I[] {
		if (this.overflow > 0) this.issues.push({ code: 'more-issues', field: 'query', outcome: 'ignored', value: String(this.overflow) } as I);
		return this.issues;
	}
}

export interface Query<F extends string> {
	/** The query as read: without `?`, cut to the maximum length. */
	text: string;
	params: URLSearchParams;
	/** The parameter's first value; a second one is reported (`duplicate`) and ignored. */
	first: (param: F) => string | undefined;
}

/** Opens a query string (with or without `?`) for reading, reporting a query that had to be cut. */
export function readQuery<I extends QueryIssue>(search: unknown, issues: IssueList<I>): Query<I['field']> {
	let query = typeof search === 'string' ? search : '';
	if (query.startsWith('?')) query = query.slice(1);
	if (query.length > maxQueryLength) {
		issues.add({ code: 'too-long', field: 'query', outcome: 'ignored', limit: maxQueryLength } as I);
		query = query.slice(0, maxQueryLength);
	}
	let params: URLSearchParams;
	try {
		params = new URLSearchParams(query);
	} catch {
		params = new URLSearchParams();
	}
	return {
		text: query,
		params,
		first: (param) => {
			const values = params.getAll(param);
			if (values.length > 1) issues.add({ code: 'duplicate', field: param, outcome: 'first-kept' } as I);
			return values[0];
		},
	};
}

/** `{ limit }` when a reading has one, for spreading into an issue; nothing otherwise. */
export function limitOf(read: { limit?: number }): { limit?: number } {
	return read.limit === undefined ? {} : { limit: read.limit };
}
