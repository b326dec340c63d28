import { isIsoDay } from './dates';
import { exampleInputs, isNoticeDays, parseNoticeDays, type ExitInputs } from './inputs';

/*
 * A shared plan lives in the query string, version 1:
 *
 *   ?v=1&end=2027-06-30&notice=30&reg=merchant&to=in-house&entity=0
 *
 * A link always carries a concrete end date, so a colleague who opens it
 * later sees the same dates ("switch now" is written as the date it gave).
 * The decoder never throws: it keeps what it can read, falls back to the
 * example for the rest, and lists what it ignored.
 */

export const exitUrlVersion = '1';
const knownParameters = new Set(['v', 'end', 'notice', 'reg', 'to', 'entity']);
/** Far longer than any real link; a bound so a hostile one costs nothing to refuse. */
export const maxQueryLength = 2000;

export type UrlIssue = 'end' | 'notice' | 'reg' | 'to' | 'entity' | 'ignored';

export type UrlDecodeResult = { kind: 'absent' } | { kind: 'unsupported' } | { kind: 'decoded'; inputs: ExitInputs; issues: UrlIssue[] };

export function encodeExitQuery(inputs: ExitInputs, endDate: string): string {
	const params = new URLSearchParams();
	params.set('v', exitUrlVersion);
	params.set('end', endDate);
	params.set('notice', String(inputs.noticeDays));
	params.set('reg', inputs.registeredTo);
	params.set('to', inputs.takeover);
	params.set('entity', inputs.entityChange ? '1' : '0');
	return params.toString();
}

export function buildExitShareUrl(pageUrl: string, inputs: ExitInputs, endDate: string): string {
	const url = new URL(pageUrl);
	url.search = encodeExitQuery(inputs, endDate);
	url.hash = '';
	return url.toString();
}

/** Reads `location.search`, with or without `?`. Never throws. */
export function decodeExitQuery(search: unknown): UrlDecodeResult {
	try {
		return decode(typeof search === 'string' ? search : '');
	} catch {
		return { kind: 'unsupported' };
	}
}

function decode(search: string): UrlDecodeResult {
	if (search.length > maxQueryLength) return { kind: 'unsupported' };
	const params = new URLSearchParams(search);
	const keys = [...params.keys()];
	if (!keys.some((key) => knownParameters.has(key))) return { kind: 'absent' };
	const versions = params.getAll('v');
	if (versions.length === 0 || versions[0] !== exitUrlVersion) return { kind: 'unsupported' };

	const issues = new Set<UrlIssue>();
	for (const key of keys) if (!knownParameters.has(key)) issues.add('ignored');
	/** The one value of a parameter; a repeated one counts as unreadable. */
	const single = (key: string): string | undefined => {
		const values = params.getAll(key);
		if (values.length > 1) issues.add('ignored');
		return values[0];
	};

	const end = single('end');
	const endDate = isIsoDay(end) ? end : exampleInputs.endDate;
	if (!isIsoDay(end)) issues.add('end');

	const noticeText = single('notice');
	const notice = noticeText === undefined ? undefined : parseNoticeDays(noticeText);
	if (!isNoticeDays(notice)) issues.add('notice');

	const reg = single('reg');
	if (reg !== 'merchant' && reg !== 'agency') issues.add('reg');
	const to = single('to');
	if (to !== 'in-house' && to !== 'new-agency') issues.add('to');
	const entity = single('entity');
	if (entity !== '0' && entity !== '1') issues.add('entity');

	return {
		kind: 'decoded',
		inputs: {
			mode: 'date',
			endDate,
			noticeDays: isNoticeDays(notice) ? notice : exampleInputs.noticeDays,
			registeredTo: reg === 'merchant' || reg === 'agency' ? reg : exampleInputs.registeredTo,
			takeover: to === 'in-house' || to === 'new-agency' ? to : exampleInputs.takeover,
			entityChange: entity === '1' ? true : entity === '0' ? false : exampleInputs.entityChange,
		},
		issues: [...issues],
	};
}
