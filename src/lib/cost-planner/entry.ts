/**
 * Reading what the user types into the planner's optional extras: the exchange rate with its
 * date, and the software fee's rebate tiers. Pure (no DOM): the island keeps the text and shows
 * each problem beside its box; the model only ever gets values these functions accept, the
 * same ones the link decoder accepts (src/lib/cost-planner/url-decode.ts).
 */
import type { RangeProblem } from '../fees/limits';
import type { NumberInputError } from '../format/parse-number';
import { readTypedNumber, type NumberRule } from '../fees/rule';
import { maxRebateTiers, plannerRules } from './limits';
import type { ExchangeRate, RebateTier } from './types';

/** Why an entry was refused: the number parser's and range check's codes, and the extras' own. */
export type EntryProblem =
	| NumberInputError
	| RangeProblem
	/** A currency code that is not three letters. */
	| 'not-a-currency'
	/** CNY itself: amounts are already shown in yuan. */
	| 'currency-cny'
	/** Not a real day in a form we read (2026-12-01, 2026/12/1, 2026年12月1日). */
	| 'not-a-date'
	/** A day after today: a rate cannot have been read then. */
	| 'future-date'
	/** Two tiers with the same threshold. */
	| 'duplicate-tier';

export type Entry<T> = { ok: true; value: T } | { ok: false; problem: EntryProblem; limit?: number };

/** A number for a rule, as every tool reads typed numbers; an empty box is `null` (nothing entered). */
export function readEntryNumber(text: string, rule: NumberRule): Entry<number | null> {
	if (text.trim() === '') return { ok: true, value: null };
	const read = readTypedNumber(text, rule);
	if (read.ok) return read;
	const { code, ...limit } = read.error;
	return { ok: false, problem: code, ...limit };
}

/** A three-letter currency code in capitals (`usd` → `USD`); empty is `null`. */
export function readCurrency(text: string): Entry<string | null> {
	const code = text.normalize('NFKC').trim().toUpperCase();
	if (code === '') return { ok: true, value: null };
	if (!/^[A-Z]{3}$/.test(code)) return { ok: false, problem: 'not-a-currency' };
	if (code === 'CNY' || code === 'RMB') return { ok: false, problem: 'currency-cny' };
	return { ok: true, value: code };
}

/**
 * The day a rate was read, as `YYYY-MM-DD`: `2026-12-01`, `2026/12/1`, `2026.12.1` or
 * `2026年12月1日` (full-width digits too). Empty is `null`. `today` (`YYYY-MM-DD`, the reader's
 * own day) is the latest day accepted.
 */
export function readRateDate(text: string, today: string): Entry<string | null> {
	const clean = text.normalize('NFKC').replace(/\s+/g, '');
	if (clean === '') return { ok: true, value: null };
	const match = /^(\d{4})(?:[-/.](\d{1,2})[-/.](\d{1,2})|年(\d{1,2})月(\d{1,2})日?)$/.exec(clean);
	if (!match) return { ok: false, problem: 'not-a-date' };
	const year = Number(match[1]);
	const month = Number(match[2] ?? match[4]);
	const day = Number(match[3] ?? match[5]);
	const date = new Date(Date.UTC(year, month - 1, day));
	if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return { ok: false, problem: 'not-a-date' };
	const iso = `${match[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
	if (iso > today) return { ok: false, problem: 'future-date' };
	return { ok: true, value: iso };
}

/** The reader's own day as `YYYY-MM-DD` (local time, not UTC: a rate read this evening is today's). */
export function localDay(now: Date): string {
	return `${String(now.getFullYear()).padStart(4, '0')}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** The rate's three boxes as typed. */
export interface ExchangeText {
	currency: string;
	rate: string;
	date: string;
}

export interface ExchangeCheck {
	currency: Entry<string | null>;
	rate: Entry<number | null>;
	date: Entry<string | null>;
	/**
	 * The rate the results use: currency and rate both usable; a box with a problem keeps what
	 * `previous` had (nothing typed is lost, and the results do not jump while the user types).
	 * `undefined` when either is empty.
	 */
	exchange: ExchangeRate | undefined;
}

export function checkExchange(text: ExchangeText, today: string, previous?: ExchangeRate): ExchangeCheck {
	const currency = readCurrency(text.currency);
	const rate = readEntryNumber(text.rate, plannerRules.cnyPerUnit);
	const date = readRateDate(text.date, today);
	const code = currency.ok ? currency.value : (previous?.currency ?? null);
	const cnyPerUnit = rate.ok ? rate.value : (previous?.cnyPerUnit ?? null);
	const day = date.ok ? date.value : (previous?.date ?? null);
	const exchange = code !== null && cnyPerUnit !== null ? { currency: code, cnyPerUnit, date: day } : undefined;
	return { currency, rate, date, exchange };
}

/** The text of a rate's boxes, for a rate a link brought (the rate as the input box writes numbers). */
export function exchangeText(exchange: ExchangeRate | undefined, formatNumber: (value: number) => string): ExchangeText {
	return exchange ? { currency: exchange.currency, rate: formatNumber(exchange.cnyPerUnit), date: exchange.date ?? '' } : { currency: '', rate: '', date: '' };
}

/** One rebate tier's boxes as typed. */
export interface TierText {
	upTo: string;
	pct: string;
}

export interface TierCheck {
	upTo: Entry<number | null>;
	pct: Entry<number | null>;
}

/**
 * Reads the rebate tiers typed so far. A row with both boxes empty is not a tier yet; a row
 * with one empty box, a bad number or a threshold an earlier row already has is left out of
 * the results, with the problem on its box. At most `maxRebateTiers` rows are read.
 */
export function checkTiers(rows: readonly TierText[]): { checks: TierCheck[]; tiers: RebateTier[] } {
	const tiers: RebateTier[] = [];
	const seen = new Set<number>();
	const checks = rows.slice(0, maxRebateTiers).map((row): TierCheck => {
		let upTo = readEntryNumber(row.upTo, plannerRules.rebateUpTo);
		let pct = readEntryNumber(row.pct, plannerRules.rebatePct);
		const blank = row.upTo.trim() === '' && row.pct.trim() === '';
		if (!blank) {
			if (upTo.ok && upTo.value === null) upTo = { ok: false, problem: 'empty' };
			if (pct.ok && pct.value === null) pct = { ok: false, problem: 'empty' };
		}
		if (upTo.ok && upTo.value !== null) {
			if (seen.has(upTo.value)) upTo = { ok: false, problem: 'duplicate-tier' };
			else seen.add(upTo.value);
		}
		if (upTo.ok && pct.ok && upTo.value !== null && pct.value !== null) tiers.push({ upToAnnualGmv: upTo.value, rebatePct: pct.value });
		return { upTo, pct };
	});
	return { checks, tiers };
}

/** An amount in CNY in the other currency: CNY ÷ (CNY per unit). */
export function inCurrency(cny: number, exchange: ExchangeRate): number {
	return cny / exchange.cnyPerUnit;
}
