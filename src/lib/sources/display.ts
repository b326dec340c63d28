import type { Locale } from '../locale';
import type { Confidence, OfflineReason, SourceKind } from './policy';

/** The id of the home page section that explains the source policy; every source list links to it. */
export const aboutSourcesId = 'about-sources';

/** The localized labels a source line needs. */
export interface SourceLabels {
	readonly kind: Readonly<Record<SourceKind, string>>;
	readonly confidence: Readonly<Record<Confidence, string>>;
	readonly offline: Readonly<Record<OfflineReason, string>>;
	readonly undated: string;
}

/** What a reader sees about one source besides its title. */
export interface SourceFacts {
	readonly kind: SourceKind;
	readonly published: string;
	readonly confidence: Confidence;
}

/** The kind, the date ("undated" in the reader's language) and the confidence, in that order. */
export function sourceMetaParts(source: SourceFacts, labels: SourceLabels): [string, string, string] {
	const date = source.published === 'undated' ? labels.undated : source.published;
	return [labels.kind[source.kind], date, labels.confidence[source.confidence]];
}

/** `text` followed by a full stop, unless it already ends with one or with a question or exclamation mark. */
export function endSentence(text: string): string {
	return /[.?!。？！]$/u.test(text.trim()) ? text : `${text}.`;
}

/** What a source's label needs: its own short name and language, and a Chinese one where it has it. */
export interface NamedSource {
	readonly shortName: string;
	readonly language: 'en' | 'zh';
	readonly shortNameZh?: string | undefined;
}

/** The short name in the reader's language where the source has one (Chinese sources keep their own), or its own. */
export function sourceShortName(source: NamedSource, locale: Locale): string {
	return locale === 'zh' && source.shortNameZh !== undefined ? source.shortNameZh : source.shortName;
}
