import type { Locale } from '../../../lib/locale';
import { platformDefaults, type StoreSelection } from '../../../lib/cost-planner/defaults';
import type { PlannerFacts } from '../../../lib/cost-planner/types';
import { numberDraft, type PlannerDraft } from './draft';

/** Platform fields whose example can change with the channel and store; `softwareRebate` has no box. */
const platformFields = [
	'depositCny',
	'commissionPct',
	'softwareFeePct',
	'pointsPct',
	'paymentFeePct',
	'annualFeeCny',
	'bondedDepositCny',
	'taxPrepaymentCny',
	'crossBorderTaxPct',
] as const;

type PlatformField = (typeof platformFields)[number];

/** A field's example figure for a store selection, wherever the platform inputs keep it. */
function exampleOf(platform: ReturnType<typeof platformDefaults>['platform'], name: PlatformField): number | undefined {
	return name in platform ? (platform as unknown as Record<string, number>)[name] : platform.global?.[name as 'bondedDepositCny'];
}

/**
 * What a new channel, store type or trademark changes: its platform examples (the deposit, the
 * annual fee) and where they come from. Loaded with the defaults on the first such change, since a
 * plain visit never needs it. `apply` brings the new examples into a draft; a figure the user has
 * typed over (no longer the old example) is kept, and a new channel also brings whether its annual
 * fee applies.
 */
export function platformChange(facts: PlannerFacts, before: StoreSelection, after: StoreSelection, locale: Locale) {
	const old = platformDefaults(facts, before).platform;
	const { platform, origins } = platformDefaults(facts, after);
	return {
		origins,
		apply(draft: PlannerDraft, channelChanged: boolean): PlannerDraft {
			const fields = { ...draft.fields };
			for (const name of platformFields) {
				const was = exampleOf(old, name);
				const next = exampleOf(platform, name);
				if (next !== undefined && (was === undefined || fields[name].value === was)) fields[name] = numberDraft(next, locale);
			}
			return { ...draft, fields, choices: channelChanged ? { ...draft.choices, annualFeeApplies: platform.annualFeeApplies } : draft.choices };
		},
	};
}
