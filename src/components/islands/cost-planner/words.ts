import { costPlannerStrings } from '../../../i18n/tools/cost-planner';
import type { Locale } from '../../../lib/locale';
import type { IslandWords, PlannerWords } from './context';

/** The island's words completed with the rest of its language's, for the parts loaded later. */
export function allWords(t: IslandWords, locale: Locale): PlannerWords {
	return { ...t, ...costPlannerStrings[locale] };
}
