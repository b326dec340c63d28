import type { Locale } from '../locales';
import { en, type UiStrings } from './en';
import { zh } from './zh';

export type { UiStrings };

/** Every locale's interface strings; `satisfies` makes a missing locale a type error. */
export const uiStrings = { en, zh } satisfies Record<Locale, UiStrings>;

export function getUiStrings(locale: Locale): UiStrings {
	return uiStrings[locale];
}
