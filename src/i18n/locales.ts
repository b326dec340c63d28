/** The locale list lives in `src/lib/locale.ts`, a leaf module that `src/lib` can import without a cycle. */
export { defaultLocale, intlTag, isLocale, localeKeys, locales, type Locale } from '../lib/locale';
