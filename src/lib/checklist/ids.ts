/**
 * Identifiers shared by the checklist's data files, its saved state and its
 * export files. Kept free of Astro and zod so the browser bundle stays small.
 */

/** The five steps of hiring an agency, in the order a merchant meets them. */
export const checklistStepIds = ['screening', 'meeting', 'contract', 'setup', 'performing'] as const;
export type ChecklistStepId = (typeof checklistStepIds)[number];

/**
 * Lower-case words joined by single hyphens, e.g. `contract-commission-base`.
 * The pattern also keeps keys such as `__proto__` or `constructor` out of
 * saved and imported data, whatever else checks them.
 */
export const checklistItemIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Ids are short: nothing published comes near this, so anything longer is junk. */
export const checklistItemIdMaxLength = 80;

export function isChecklistItemId(value: unknown): value is string {
	return typeof value === 'string' && value.length <= checklistItemIdMaxLength && checklistItemIdPattern.test(value);
}
