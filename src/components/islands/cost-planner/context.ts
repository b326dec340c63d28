import type { FeeCalculatorStrings } from '../../../i18n/tools/fee-calculator';
import type { CostPlannerStrings } from '../../../i18n/tools/cost-planner';
import type { AnswerWords } from '../../../lib/cost-planner/sentences';
import type { Locale } from '../../../lib/locale';

/** The planner's words plus the number-entry errors it shares with the fee calculator and the model's answer. */
export type PlannerWords = CostPlannerStrings & { errors: FeeCalculatorStrings['errors']; answer: AnswerWords };

/** Parts whose words travel with their own code (see words.ts), not in the page's HTML. */
type LaterKey = 'table' | 'chart' | 'linkIssues' | 'import' | 'fact' | 'fromFeeCalculator' | 'extras' | 'ramp';

/**
 * The words the island's first render needs, passed as props (only the page's language reaches
 * the browser). The parts loaded later (monthly table and chart, link reader, importer, month-by-month sales) bring
 * theirs in their own code, which keeps the page's HTML within budget.
 */
export type IslandWords = Omit<PlannerWords, LaterKey> & {
	import: Pick<PlannerWords['import'], 'summary' | 'loadFailed'>;
	fact: Pick<PlannerWords['fact'], 'range' | 'unresolved' | 'noSource' | 'annualYes' | 'annualNo' | 'stop'>;
};

export interface Speech {
	locale: Locale;
	t: IslandWords;
}

/** What the parts loaded later need: every word. */
export interface FullSpeech {
	locale: Locale;
	t: PlannerWords;
}

/**
 * Where a platform figure comes from, written on the server in the page's language:
 * "Source: Tmall fee schedule. Checked 29 November 2026. Confidence: high."
 */
export interface FactNote {
	line: string;
	/** Where sources disagree: the range they give, as the guide writes it (`2%–5%`, `3 万–6 万元`). */
	range?: string;
}

export { joinSentences } from '../../../lib/text/join-sentences';
