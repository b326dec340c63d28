import type { CostPlannerStrings } from '../../../i18n/tools/cost-planner';
import type { Locale } from '../../../lib/locale';
import type { IslandWords, PlannerWords } from './context';

/** The rest of each language's words, once loaded. */
const rest: Partial<Record<Locale, CostPlannerStrings>> = {};

/**
 * A part loaded later (the month-by-month part, the extras, the month boxes, the importer, the link
 * reader), resolved once its code and the rest of its page's language have both arrived. Each
 * language is its own file, so a page loads only its own.
 */
export function withWords<T>(part: Promise<T>, locale: Locale): Promise<T> {
	const words = locale === 'zh' ? import('../../../i18n/tools/cost-planner-zh') : import('../../../i18n/tools/cost-planner-en');
	return Promise.all([part, words]).then(([module, loaded]) => {
		rest[locale] = loaded.default;
		return module;
	});
}

/** The island's words completed with the rest of its language's, for the parts loaded later (see `withWords`). */
export function allWords(t: IslandWords, locale: Locale): PlannerWords {
	const words = rest[locale];
	// Never happens: every part that calls this is loaded through withWords.
	if (!words) throw new Error(`The cost planner's ${locale} words are not loaded.`);
	return { ...t, ...words };
}
