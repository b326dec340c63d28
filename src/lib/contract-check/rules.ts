/**
 * The shape of the contract check's rules, shared by the content schema, the
 * pure logic and the island. Kept free of Astro and zod so the browser bundle
 * stays small: the island receives only these outlines, never the advice text.
 */

export const marks = ['red', 'amber', 'green'] as const;
export type Mark = (typeof marks)[number];

/** Every topic offers this option: the draft says nothing on the subject. */
export const absentOptionId = 'absent';

/** Lower-case words joined by single hyphens; also keeps `__proto__` and the like out of saved data. */
export const contractIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const contractIdMaxLength = 60;

export function isContractId(value: unknown): value is string {
	return typeof value === 'string' && value.length <= contractIdMaxLength && contractIdPattern.test(value);
}

export const valueUnits = ['days', 'months', 'percent'] as const;
export type ValueUnit = (typeof valueUnits)[number];

/** One limit on a typed value: above (strictly more than) or below (strictly less than) it, the mark is at least `mark`. */
export interface ValueRule {
	readonly above?: number;
	readonly below?: number;
	readonly mark: Mark;
}

/** A figure the merchant types for some options of a topic (a notice period in days, a penalty in %). */
export interface ValueOutline {
	readonly unit: ValueUnit;
	readonly min: number;
	readonly max: number;
	/** Options the figure belongs to; for others the field is not asked. */
	readonly appliesTo: readonly string[];
	readonly rules: readonly ValueRule[];
}

export interface OptionOutline {
	readonly id: string;
	readonly mark: Mark;
}

/** What the logic needs to know of a topic: no words, only ids, marks and limits. */
export interface TopicOutline {
	readonly id: string;
	readonly options: readonly OptionOutline[];
	readonly value?: ValueOutline;
}

const severity: Record<Mark, number> = { green: 0, amber: 1, red: 2 };

/** The more serious of two marks. */
export function worseMark(a: Mark, b: Mark): Mark {
	return severity[a] >= severity[b] ? a : b;
}
