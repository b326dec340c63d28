import type { FactValue, PlatformFact } from '../../schemas/platform-fact';

export type FactLocale = 'en' | 'zh';

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** `0.6%`; percentages read the same in both languages. */
function percent(amount: number): string {
	return `${grouped.format(amount)}%`;
}

/** Chinese counts yuan in 万 from 10,000 up: `5 万`, `2.6 万`; smaller sums stay whole (`5000 `). */
function wan(amount: number): string {
	if (amount < 10_000) return `${amount} `;
	return `${grouped.format(amount / 10_000)} 万`;
}

/**
 * A fact's figure as the guide writes it in running text:
 * English `RMB 50,000`, `RMB 30,000–60,000`, `2%–5%`;
 * Chinese `5 万元`, `3 万–6 万元`, `2%–5%`; a fee of zero reads `waived` / `免收`;
 * an unresolved figure says so.
 */
export function formatFactValue(value: FactValue, unit: PlatformFact['unit'], locale: FactLocale): string {
	if (value.kind === 'unresolved') return locale === 'zh' ? '未核实' : 'unverified';
	if (unit === 'percent') {
		return value.kind === 'exact' ? percent(value.amount) : `${percent(value.min)}–${percent(value.max)}`;
	}
	if (value.kind === 'exact' && value.amount === 0) return locale === 'zh' ? '免收' : 'waived';
	if (locale === 'zh') {
		return value.kind === 'exact' ? `${wan(value.amount)}元` : `${wan(value.min).trimEnd()}–${wan(value.max)}元`;
	}
	return value.kind === 'exact' ? `RMB ${grouped.format(value.amount)}` : `RMB ${grouped.format(value.min)}–${grouped.format(value.max)}`;
}

/** Shorthand for a whole fact. */
export function formatFact(fact: Pick<PlatformFact, 'value' | 'unit'>, locale: FactLocale): string {
	return formatFactValue(fact.value, fact.unit, locale);
}

const longDay: Record<FactLocale, Intl.DateTimeFormat> = {
	en: new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
	zh: new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
};

/** A verified day (YYYY-MM-DD) as readers see it: `29 November 2025` / `2025年11月29日`. */
export function formatVerifiedDay(verified: string, locale: FactLocale): string {
	return longDay[locale].format(new Date(`${verified}T00:00:00Z`));
}

/** The mark a stale figure carries: `not re-checked since 29 November 2025` / `2025年11月29日后未再核对`. */
export function staleNote(verified: string, locale: FactLocale): string {
	const day = formatVerifiedDay(verified, locale);
	return locale === 'zh' ? `${day}后未再核对` : `not re-checked since ${day}`;
}

/**
 * The figure for plain text (FAQ, glossary, tool hints): the stale mark
 * follows in brackets when `stale` is true.
 */
export function formatFactInline(fact: Pick<PlatformFact, 'value' | 'unit' | 'verified'>, locale: FactLocale, stale: boolean): string {
	const figure = formatFact(fact, locale);
	if (!stale) return figure;
	return locale === 'zh' ? `${figure}（${staleNote(fact.verified, locale)}）` : `${figure} (${staleNote(fact.verified, locale)})`;
}
