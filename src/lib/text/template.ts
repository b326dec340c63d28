import { intlTag, type Locale } from '../locale';

/*
 * Filling interface strings: one `fill` and one `plural` for every tool, so placeholders,
 * plural forms and the spacing between Chinese and Latin text follow one rule.
 */

const HAN = /\p{Script=Han}/u;
const LATIN_OR_DIGIT = /[A-Za-z0-9]/;

/**
 * Fills `{name}` placeholders; an unknown placeholder is left as it is. Where Chinese text
 * meets a Latin word or a number with nothing between them (`{name}最便宜` with "Quote A"),
 * one space is put in, as Chinese typography does (`Quote A 最便宜`); a template that already
 * has a space or punctuation there gets nothing more, and English templates never trigger it.
 */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
	return template.replace(/\{(\w+)\}/g, (whole, key: string, offset: number) => {
		if (!Object.hasOwn(values, key)) return whole;
		const value = String(values[key]);
		const before = template[offset - 1] ?? '';
		const after = template[offset + whole.length] ?? '';
		const lead = HAN.test(before) && LATIN_OR_DIGIT.test(value[0] ?? '') ? ' ' : '';
		const trail = HAN.test(after) && LATIN_OR_DIGIT.test(value.at(-1) ?? '') ? ' ' : '';
		return `${lead}${value}${trail}`;
	});
}

/** A string in the forms a count needs: English has "1 month" and "2 months"; Chinese has one form. */
export interface PluralForms {
	one: string;
	other: string;
}

const pluralRules = new Map<Locale, Intl.PluralRules>();

/** The form of `forms` that `count` takes in the locale (by `Intl.PluralRules`), with `{count}` filled. */
export function plural(locale: Locale, forms: PluralForms, count: number, values: Readonly<Record<string, string | number>> = {}): string {
	let rules = pluralRules.get(locale);
	if (!rules) {
		rules = new Intl.PluralRules(intlTag(locale));
		pluralRules.set(locale, rules);
	}
	const form = rules.select(count) === 'one' ? forms.one : forms.other;
	return fill(form, { count, ...values });
}
