import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, dayNumber, isIsoDay, localIsoDay } from '../../../../src/lib/exit-plan/dates';
import { exampleInputs, type ExitInputs } from '../../../../src/lib/exit-plan/inputs';
import { buildPlan } from '../../../../src/lib/exit-plan/plan';
import { entityPlanDates } from '../../../support/exit-plan-example';

const today = '2026-12-06';
const dated = (plan: ReturnType<typeof buildPlan>) => plan.steps.map((step) => [step.id, step.date]);

describe('exit plan dates', () => {
	it('works back from the example end date to literal days', () => {
		const plan = buildPlan(exampleInputs, today);
		expect(plan.noticeDate).toBe('2027-05-31');
		expect(dated(plan)).toEqual([
			['give-notice', '2027-05-31'],
			['freeze-content', '2027-06-01'],
			['decide-campaigns', '2027-06-03'],
			['inhouse-team', '2027-06-09'],
			['export-content', '2027-06-16'],
			['export-data', '2027-06-20'],
			['take-over-ads', '2027-06-23'],
			['reconcile', '2027-06-27'],
			['rotate-accounts', '2027-06-30'],
			['end-registration', '2027-06-30'],
			['sign-handover', '2027-06-30'],
			['final-settlement', '2027-07-30'],
		]);
	});

	it('warns that the example crosses 618 and offers end dates on either side', () => {
		const plan = buildPlan(exampleInputs, today);
		expect(plan.warnings).toEqual([
			{ kind: 'sales-event', event: '618', from: '2027-05-20', to: '2027-06-20', moveAfter: '2027-07-21', moveBefore: '2027-05-19' },
		]);
	});

	it('adds the entity change with its waiting periods and the new agency steps', () => {
		const inputs: ExitInputs = {
			mode: 'date',
			endDate: '2027-03-31',
			noticeDays: 60,
			registeredTo: 'agency',
			takeover: 'new-agency',
			entityChange: true,
		};
		const plan = buildPlan(inputs, today);
		expect(dated(plan)).toEqual(entityPlanDates);
		expect(plan.warnings).toEqual([]);
	});

	it('crosses a leap day and a year end without drift', () => {
		const plan = buildPlan({ ...exampleInputs, endDate: '2028-03-01', noticeDays: 1 }, today);
		expect(plan.noticeDate).toBe('2028-02-29');
		const winter = buildPlan({ ...exampleInputs, endDate: '2027-01-10', noticeDays: 30 }, today);
		expect(winter.noticeDate).toBe('2026-12-11');
		expect(winter.steps.find((step) => step.id === 'final-settlement')?.date).toBe('2027-02-09');
	});

	it('"switch now" gives notice today and ends after the notice period', () => {
		const plan = buildPlan({ ...exampleInputs, mode: 'now', noticeDays: 45 }, today);
		expect(plan.noticeDate).toBe('2026-12-06');
		expect(plan.endDate).toBe('2027-01-20');
	});

	it('moves steps up to the notice date when notice is short, and says how many', () => {
		const plan = buildPlan({ ...exampleInputs, endDate: '2027-03-31', noticeDays: 5 }, today);
		expect(plan.steps.find((step) => step.id === 'export-content')).toEqual({
			id: 'export-content',
			date: '2027-03-26',
			compressed: true,
			entity: false,
		});
		expect(plan.steps.find((step) => step.id === 'reconcile')?.date).toBe('2027-03-28');
		expect(plan.warnings).toContainEqual({ kind: 'compressed', count: 4 });
	});

	it('warns when notice is already late, when the agency keeps the store, and when the entity change no longer fits', () => {
		const late = buildPlan({ ...exampleInputs, endDate: '2026-12-20', noticeDays: 30 }, today);
		expect(late.warnings).toContainEqual({ kind: 'notice-passed', noticeDate: '2026-11-20', earliestEnd: '2027-01-05' });
		const agency = buildPlan({ ...exampleInputs, endDate: '2027-03-31', registeredTo: 'agency' }, today);
		expect(agency.warnings).toContainEqual({ kind: 'agency-keeps-store' });
		const entity = buildPlan({ ...exampleInputs, endDate: '2026-12-31', noticeDays: 20, entityChange: true }, today);
		expect(entity.warnings).toContainEqual({ kind: 'entity-too-late', applyDate: '2026-11-26', earliestEnd: '2027-01-10' });
		const early = buildPlan({ ...exampleInputs, endDate: '2027-03-31', noticeDays: 30, entityChange: true }, today);
		expect(early.warnings).toContainEqual({ kind: 'entity-before-notice', applyDate: '2027-02-24', noticeDate: '2027-03-01' });
	});

	it('warns about Double 11 and suggests moving', () => {
		const plan = buildPlan({ ...exampleInputs, endDate: '2027-11-05', noticeDays: 30 }, today);
		expect(plan.warnings).toEqual([
			{ kind: 'sales-event', event: 'double-11', from: '2027-10-10', to: '2027-11-15', moveAfter: '2027-12-16', moveBefore: '2027-10-09' },
		]);
	});
});

describe('day arithmetic', () => {
	it('reads only real calendar days in range', () => {
		expect(isIsoDay('2027-02-28')).toBe(true);
		expect(isIsoDay('2027-02-29')).toBe(false);
		expect(isIsoDay('2028-02-29')).toBe(true);
		expect(isIsoDay('2027-13-01')).toBe(false);
		expect(isIsoDay('1999-12-31')).toBe(false);
		expect(isIsoDay('2027-6-30')).toBe(false);
		expect(isIsoDay(' 2027-06-30')).toBe(false);
		expect(isIsoDay(20270630)).toBe(false);
	});

	it('reads the local calendar day, not the UTC one', () => {
		expect(localIsoDay(new Date(2027, 0, 1, 0, 30))).toBe('2027-01-01');
		expect(localIsoDay(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
	});

	const day = fc.integer({ min: dayNumber('2000-01-01')!, max: dayNumber('2099-12-31')! }).map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));

	it('adding then subtracting days returns the same day, and counts match', () => {
		fc.assert(
			fc.property(day, fc.integer({ min: -2000, max: 2000 }), (start, offset) => {
				const moved = addDays(start, offset);
				expect(addDays(moved, -offset)).toBe(start);
				expect(daysBetween(start, moved)).toBe(offset);
				expect(moved).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			}),
		);
	});

	it('every plan is in date order, ends on the end date, and never throws', () => {
		const inputs = fc.record({
			mode: fc.constantFrom('date' as const, 'now' as const),
			endDate: day,
			noticeDays: fc.integer({ min: 0, max: 365 }),
			registeredTo: fc.constantFrom('merchant' as const, 'agency' as const),
			takeover: fc.constantFrom('in-house' as const, 'new-agency' as const),
			entityChange: fc.boolean(),
		});
		fc.assert(
			fc.property(inputs, day, (value, now) => {
				const plan = buildPlan(value, now);
				const dates = plan.steps.map((step) => step.date);
				expect([...dates].sort()).toEqual(dates);
				expect(daysBetween(plan.noticeDate, plan.endDate)).toBe(value.noticeDays);
				expect(plan.steps.find((step) => step.id === 'sign-handover')?.date).toBe(plan.endDate);
				for (const step of plan.steps) {
					if (!step.entity) expect(step.date >= plan.noticeDate).toBe(true);
				}
			}),
		);
	});
});
