import type { RegisteredTo, Takeover } from './schedule';

/** What the merchant tells the planner. */
export interface ExitInputs {
	/** `date`: the contract ends on `endDate`; `now`: notice is given today. */
	readonly mode: 'date' | 'now';
	/** The contract's last day, `YYYY-MM-DD`; used in `date` mode. */
	readonly endDate: string;
	/** Days of notice the contract requires. */
	readonly noticeDays: number;
	readonly registeredTo: RegisteredTo;
	readonly takeover: Takeover;
	/** Whether the store's legal entity must change (店铺主体变更). */
	readonly entityChange: boolean;
}

export const maxNoticeDays = 365;

/**
 * The example the page opens with, and says is an example: a contract
 * ending 30 June 2027, 30 days' notice, store registered to the merchant.
 * Chosen so the example also shows the warning about 618.
 */
export const exampleInputs: ExitInputs = {
	mode: 'date',
	endDate: '2027-06-30',
	noticeDays: 30,
	registeredTo: 'merchant',
	takeover: 'in-house',
	entityChange: false,
};

export function isNoticeDays(value: unknown): value is number {
	return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= maxNoticeDays;
}

export function isRegisteredTo(value: unknown): value is RegisteredTo {
	return value === 'merchant' || value === 'agency';
}

export function isTakeover(value: unknown): value is Takeover {
	return value === 'in-house' || value === 'new-agency';
}

/** Reads a typed notice period: whole days, digits only, 0 to 365. */
export function parseNoticeDays(text: string): number | undefined {
	const trimmed = text.trim();
	if (!/^\d{1,3}$/.test(trimmed)) return undefined;
	const value = Number(trimmed);
	return isNoticeDays(value) ? value : undefined;
}

export function sameInputs(a: ExitInputs, b: ExitInputs): boolean {
	return (
		a.mode === b.mode &&
		a.endDate === b.endDate &&
		a.noticeDays === b.noticeDays &&
		a.registeredTo === b.registeredTo &&
		a.takeover === b.takeover &&
		a.entityChange === b.entityChange
	);
}
