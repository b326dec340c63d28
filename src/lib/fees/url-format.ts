/**
 * The calculator's state as a URL query — a public contract: links people
 * have shared must keep opening the same figures. Format (docs/fee-calculator-url.md):
 *
 *   ?v=1&gmv=1000000&months=12&refund=10&growth=2&margin=40&pfee=5&inhouse=80000
 *    &q=NAME~FEE~RATE~BASE~TIERS~GUARANTEE&q=…
 *
 * `TIERS` is `ABOVE:RATE` pairs joined by `,`; trailing optional segments may
 * be left out. Decoding never throws: whatever it cannot use is replaced by
 * the example value or left out, and reported as an issue.
 *
 * This file holds what encoder and decoder share; url-state.ts is the public entry.
 */
import type { RangeProblem, RuleName } from './limits';
import type { CalculatorState } from './types';

export const urlFormatVersion = '1';

export type IssueCode =
	| RangeProblem
	| 'not-a-number'
	| 'unknown-version'
	| 'duplicate'
	| 'unknown-base'
	| 'bad-tier'
	| 'duplicate-tier'
	| 'name-markup'
	| 'name-too-long'
	| 'too-many-quotes'
	| 'too-many-tiers'
	| 'empty-quote'
	| 'no-quotes'
	| 'too-long'
	| 'more-issues';

/** The query parameter (or, inside a `q`, the segment) an issue is about. */
export type IssueField =
	'v' | 'gmv' | 'months' | 'refund' | 'growth' | 'margin' | 'pfee' | 'inhouse' | 'q' | 'name' | 'fee' | 'rate' | 'base' | 'tiers' | 'guarantee' | 'query';

/** What the decoder did about an issue, so the message can say so. */
export type IssueOutcome = 'example-value' | 'quote-dropped' | 'ignored' | 'adjusted' | 'read-anyway' | 'first-kept';

export interface UrlIssue {
	code: IssueCode;
	field: IssueField;
	outcome: IssueOutcome;
	/** 1-based position of the `q` parameter the issue is in. */
	quote?: number;
	/** The offending text, shortened; show it as text only. */
	value?: string;
	/** The limit that was broken (a maximum, a count). */
	limit?: number;
}

export interface DecodedState {
	state: CalculatorState;
	issues: UrlIssue[];
}

/**
 * Top-level numbers: the query parameter and the state field it holds, in
 * the order links write them. Each field's name is also its rule's name in limits.ts.
 */
export const numberParams = {
	gmv: 'monthlyGmv',
	months: 'months',
	refund: 'refundRate',
	growth: 'monthlyGrowth',
	margin: 'grossMargin',
	pfee: 'platformFeeRate',
	inhouse: 'inHouseMonthlyCost',
} as const satisfies Partial<Record<IssueField, keyof CalculatorState & RuleName>>;
