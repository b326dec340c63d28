import { describe, expect, it } from 'vitest';
import { localeFromPath, localizePath, neutralPath, switchLocalePath } from '../../../src/i18n/paths';

describe('localizePath', () => {
	it('leaves English unprefixed and puts Chinese under /zh/', () => {
		expect(localizePath('en', '/guide/contract/')).toBe('/guide/contract/');
		expect(localizePath('zh', '/guide/contract/')).toBe('/zh/guide/contract/');
	});

	it('maps the home page to / and /zh/', () => {
		expect(localizePath('en', '/')).toBe('/');
		expect(localizePath('zh', '/')).toBe('/zh/');
	});

	it('always ends paths with one slash, whatever the input', () => {
		expect(localizePath('zh', 'tools/checklist')).toBe('/zh/tools/checklist/');
		expect(localizePath('en', '//search//')).toBe('/search/');
	});
});

describe('localeFromPath', () => {
	it('reads the locale from the first segment only', () => {
		expect(localeFromPath('/zh/guide/contract/')).toBe('zh');
		expect(localeFromPath('/zh/')).toBe('zh');
		expect(localeFromPath('/guide/zhejiang/')).toBe('en');
		expect(localeFromPath('/zhx/')).toBe('en');
		expect(localeFromPath('/')).toBe('en');
	});
});

describe('switchLocalePath', () => {
	it('links each page to the same page in the other language', () => {
		expect(switchLocalePath('/guide/charging-modes/', 'zh')).toBe('/zh/guide/charging-modes/');
		expect(switchLocalePath('/zh/guide/charging-modes/', 'en')).toBe('/guide/charging-modes/');
		expect(switchLocalePath('/zh/', 'en')).toBe('/');
		expect(switchLocalePath('/', 'zh')).toBe('/zh/');
	});

	it('is its own inverse', () => {
		for (const path of ['/', '/search/', '/tools/fee-calculator/', '/guide/glossary/']) {
			expect(switchLocalePath(switchLocalePath(path, 'zh'), 'en')).toBe(path);
		}
	});

	it('strips the prefix to a neutral path', () => {
		expect(neutralPath('/zh/tools/scorecard/')).toBe('/tools/scorecard/');
		expect(neutralPath('/zh')).toBe('/');
	});
});
