/**
 * The dated exit plan for a contract ending 31 March 2027 with 60 days' notice, the store in the
 * agency's name, a new agency taking over and an entity change: worked out by hand once, and
 * expected both from the plan model (unit) and on the page (browser).
 */
export const entityPlanDates: readonly (readonly [stepId: string, isoDay: string])[] = [
	['give-notice', '2027-01-30'],
	['freeze-content', '2027-01-31'],
	['decide-campaigns', '2027-02-02'],
	['entity-prepare', '2027-02-17'],
	['entity-apply', '2027-02-24'],
	['entity-review', '2027-03-10'],
	['new-agency-contract', '2027-03-10'],
	['export-content', '2027-03-17'],
	['export-data', '2027-03-21'],
	['take-over-ads', '2027-03-24'],
	['entity-done', '2027-03-26'],
	['reconcile', '2027-03-28'],
	['rotate-accounts', '2027-03-31'],
	['end-registration', '2027-03-31'],
	['sign-handover', '2027-03-31'],
	['new-agency-start', '2027-04-01'],
	['final-settlement', '2027-04-30'],
];
