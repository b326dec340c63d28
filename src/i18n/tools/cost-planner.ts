import type { Locale } from '../locales';
import { costPlannerStringsEn, type CostPlannerStrings } from './cost-planner-en';
import { costPlannerStringsZh } from './cost-planner-zh';

export type { CostPlannerStrings };

/**
 * Words for the year-one cost planner, one module per language (cost-planner-en.ts,
 * cost-planner-zh.ts). The island's first render gets its words as a prop (plain data), and the
 * parts loaded later load their page's language only (islands/cost-planner/words.ts), so only the
 * page's own language reaches the browser. `{name}` placeholders are filled at run time, always
 * as text, never as HTML. Number-entry errors come from the fee calculator's strings (same
 * parser, same words).
 *
 * Both languages, for the server; `satisfies` makes a missing key in either one a type error.
 */
export const costPlannerStrings = { en: costPlannerStringsEn, zh: costPlannerStringsZh } satisfies Record<Locale, CostPlannerStrings>;
