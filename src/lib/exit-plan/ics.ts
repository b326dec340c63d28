import { addDays, compactIsoDay } from './dates';

/**
 * iCalendar (RFC 5545) files of a plan's milestones: one all-day event per
 * step. What matters for calendar apps to accept the file:
 * - lines end in CRLF (3.1);
 * - content lines longer than 75 octets are folded: CRLF then one space,
 *   never inside a UTF-8 character (3.1);
 * - TEXT values escape backslash, semicolon, comma and newline (3.3.11);
 * - every VEVENT has a UID and a DTSTAMP (3.6.1); all-day events use
 *   `VALUE=DATE`, and DTEND is the day after (exclusive end, 3.6.1).
 */

export interface CalendarEvent {
	/** Unique within the calendar and stable for the same plan, so re-importing updates instead of duplicating. */
	readonly uid: string;
	readonly date: string;
	readonly summary: string;
	readonly description: string;
}

export interface CalendarDocument {
	readonly name: string;
	readonly events: readonly CalendarEvent[];
}

const encoder = new TextEncoder();
const maxOctets = 75;

/** Escapes a TEXT value (RFC 5545 3.3.11). Control characters other than newline are dropped. */
export function escapeText(value: string): string {
	return value
		.replace(/\r\n?/g, '\n')
		.replace(/[\u0000-\u0009\u000B-\u001F\u007F]/g, '')
		.replace(/\\/g, '\\\\')
		.replace(/;/g, '\\;')
		.replace(/,/g, '\\,')
		.replace(/\n/g, '\\n');
}

/** Folds one content line into lines of at most 75 octets, breaking only between characters. */
export function foldLine(line: string): string {
	const parts: string[] = [];
	let current = '';
	let currentOctets = 0;
	// Continuation lines start with a space, which counts towards their 75 octets.
	let limit = maxOctets;
	for (const character of line) {
		const octets = encoder.encode(character).length;
		if (currentOctets + octets > limit) {
			parts.push(current);
			current = '';
			currentOctets = 0;
			limit = maxOctets - 1;
		}
		current += character;
		currentOctets += octets;
	}
	parts.push(current);
	return parts.join('\r\n ');
}

/** `20261206T134500Z`: a UTC DATE-TIME for DTSTAMP. */
export function utcStamp(now: Date): string {
	return now
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d{3}/, '');
}

export function buildCalendar(document: CalendarDocument, now: Date): string {
	const stamp = utcStamp(now);
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//Tmall Agency Guide//Exit plan//EN',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`X-WR-CALNAME:${escapeText(document.name)}`,
	];
	for (const event of document.events) {
		lines.push(
			'BEGIN:VEVENT',
			`UID:${event.uid}`,
			`DTSTAMP:${stamp}`,
			`DTSTART;VALUE=DATE:${compactIsoDay(event.date)}`,
			`DTEND;VALUE=DATE:${compactIsoDay(addDays(event.date, 1))}`,
			`SUMMARY:${escapeText(event.summary)}`,
			`DESCRIPTION:${escapeText(event.description)}`,
			'TRANSP:TRANSPARENT',
			'END:VEVENT',
		);
	}
	lines.push('END:VCALENDAR');
	return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** `tmall-exit-plan-2027-06-30.ics`. */
export function calendarFileName(endDate: string): string {
	return `tmall-exit-plan-${endDate}.ics`;
}
