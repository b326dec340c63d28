import { describe, expect, it } from 'vitest';
import { localeKeys } from '../../../src/i18n/locales';
import { uiStrings } from '../../../src/i18n/ui';
import { fill } from '../../../src/lib/text/template';

/**
 * Every dictionary of interface strings, wherever a feature keeps its own:
 * `src/i18n/**` modules export objects keyed by locale.
 */
const dictionaryModules = import.meta.glob<Record<string, unknown>>(
	['../../../src/i18n/**/*.ts', '!../../../src/i18n/locales.ts', '!../../../src/i18n/ui/en.ts', '!../../../src/i18n/ui/zh.ts'],
	{ eager: true },
);

type Tree = { [key: string]: unknown };

/** Dotted key paths of every leaf, with array lengths as part of the shape. */
function shape(value: unknown, prefix = ''): string[] {
	if (Array.isArray(value)) return [`${prefix}[${value.length}]`, ...value.flatMap((item, i) => shape(item, `${prefix}[${i}]`))];
	if (value && typeof value === 'object') {
		return Object.keys(value as Tree)
			.sort()
			.flatMap((key) => shape((value as Tree)[key], prefix ? `${prefix}.${key}` : key));
	}
	return [prefix];
}

function leaves(value: unknown): unknown[] {
	if (Array.isArray(value)) return value.flatMap(leaves);
	if (value && typeof value === 'object') return Object.values(value as Tree).flatMap(leaves);
	return [value];
}

const localized = Object.entries(dictionaryModules).flatMap(([file, module]) =>
	Object.entries(module)
		.filter(([, value]) => value && typeof value === 'object' && localeKeys.every((key) => key in (value as Tree)))
		.map(([name, value]) => ({ name: `${file.replace(/^.*src\//, 'src/')} ${name}`, value: value as Tree })),
);

describe('interface strings', () => {
	it('finds the dictionaries to compare', () => {
		expect(localized.map((entry) => entry.name)).toEqual(
			expect.arrayContaining([expect.stringContaining('uiStrings'), expect.stringContaining('homeStrings')]),
		);
	});

	it.each(localized)('$name: every locale has every key', ({ value }) => {
		const [first, ...rest] = localeKeys;
		for (const locale of rest) expect(shape(value[locale]), `${locale} vs ${first}`).toEqual(shape(value[first!]));
	});

	it.each(localized)('$name: no string is empty', ({ value }) => {
		for (const locale of localeKeys) {
			for (const leaf of leaves(value[locale])) {
				if (typeof leaf === 'string') expect(leaf.trim().length, `${locale} has an empty string`).toBeGreaterThan(0);
			}
		}
	});

	it('the Chinese strings are written in Chinese', () => {
		expect(uiStrings.zh.skipLink).toMatch(/\p{Script=Han}/u);
		expect(uiStrings.zh.footer.independence).toMatch(/阿里巴巴/);
	});

	it('both footers say the site is independent of Alibaba and Tmall', () => {
		expect(uiStrings.en.footer.independence).toMatch(/not affiliated.*Alibaba.*Tmall/);
		expect(uiStrings.zh.footer.independence).toMatch(/阿里巴巴.*天猫.*无/);
	});
});

describe('fill', () => {
	it('fills named placeholders and leaves unknown ones visible', () => {
		expect(fill('{count} pages found', { count: 3 })).toBe('3 pages found');
		expect(fill('找到 {count} 个页面', { count: 12 })).toBe('找到 12 个页面');
		expect(fill('{missing}', {})).toBe('{missing}');
	});
});
