/**
 * A small, strict iCalendar (RFC 5545) reader for tests: it refuses what
 * calendar apps may refuse, rather than guessing. It checks CRLF line ends,
 * the 75-octet limit on every physical line, folding, escaping, nesting of
 * BEGIN/END, and the properties every VEVENT must carry.
 */
export interface ParsedProperty {
	name: string;
	params: Record<string, string>;
	value: string;
}

export interface ParsedEvent {
	[name: string]: ParsedProperty;
}

export interface ParsedCalendar {
	properties: Record<string, ParsedProperty>;
	events: ParsedEvent[];
}

const encoder = new TextEncoder();

export function unescapeText(value: string): string {
	return value.replace(/\\([\\;,nN])/g, (_whole, character: string) => (character === 'n' || character === 'N' ? '\n' : character));
}

export function parseIcs(text: string): ParsedCalendar {
	if (!text.endsWith('\r\n')) throw new Error('The file must end with CRLF');
	if (/\r(?!\n)|(?<!\r)\n/.test(text)) throw new Error('Every line must end with CRLF, not a bare CR or LF');
	const physical = text.slice(0, -2).split('\r\n');
	const logical: string[] = [];
	for (const line of physical) {
		if (encoder.encode(line).length > 75) throw new Error(`Line longer than 75 octets: ${line}`);
		if (line.startsWith(' ') || line.startsWith('\t')) {
			if (logical.length === 0) throw new Error('A continuation line cannot come first');
			logical[logical.length - 1] += line.slice(1);
		} else {
			if (line === '') throw new Error('Empty line');
			logical.push(line);
		}
	}
	const calendar: ParsedCalendar = { properties: {}, events: [] };
	const stack: string[] = [];
	let event: ParsedEvent | undefined;
	for (const line of logical) {
		const match = /^([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=[^;:]*)*):(.*)$/.exec(line);
		if (!match) throw new Error(`Not a content line: ${line}`);
		const name = match[1]!.toUpperCase();
		const params: Record<string, string> = {};
		for (const part of match[2]!.split(';').slice(1)) {
			const [key, value] = part.split('=');
			params[key!.toUpperCase()] = value!;
		}
		const value = match[3]!;
		if (/\\[^\\;,nN]/.test(value.replace(/\\\\/g, ''))) throw new Error(`Bad escape in ${line}`);
		if (name === 'BEGIN') {
			stack.push(value);
			if (value === 'VEVENT') {
				if (stack.join('/') !== 'VCALENDAR/VEVENT') throw new Error('VEVENT outside VCALENDAR');
				event = {};
			}
			continue;
		}
		if (name === 'END') {
			if (stack.pop() !== value) throw new Error(`Unbalanced END:${value}`);
			if (value === 'VEVENT' && event) {
				for (const required of ['UID', 'DTSTAMP', 'DTSTART']) {
					if (!event[required]) throw new Error(`VEVENT without ${required}`);
				}
				calendar.events.push(event);
				event = undefined;
			}
			continue;
		}
		const property = { name, params, value };
		if (event) {
			if (event[name]) throw new Error(`Repeated ${name} in a VEVENT`);
			event[name] = property;
		} else if (stack.length === 1) calendar.properties[name] = property;
		else throw new Error(`Property outside any component: ${line}`);
	}
	if (stack.length !== 0) throw new Error('Unclosed component');
	for (const required of ['VERSION', 'PRODID']) {
		if (!calendar.properties[required]) throw new Error(`VCALENDAR without ${required}`);
	}
	return calendar;
}
