import { describe, expect, it } from 'vitest';
import { endSentence, sourceMetaParts, sourceShortName } from '../../../../src/lib/sources/display';
import { uiStrings } from '../../../../src/i18n/ui';

describe('sourceMetaParts', () => {
	it('names the kind, the date and the confidence in English', () => {
		expect(sourceMetaParts({ kind: 'press', published: '2024-07-27', confidence: 'high' }, uiStrings.en.guide)).toEqual([
			'Press',
			'2024-07-27',
			'High confidence',
		]);
	});

	it('says "undated" in the reader’s language', () => {
		expect(sourceMetaParts({ kind: 'agency-blog', published: 'undated', confidence: 'low' }, uiStrings.zh.guide)).toEqual([
			'服务商博客',
			'未注明日期',
			'可信度低',
		]);
	});
});

describe('endSentence', () => {
	it.each([
		['How to transfer a Tmall store', 'How to transfer a Tmall store.'],
		['Taobao Mall raises annual fees.', 'Taobao Mall raises annual fees.'],
		['代运营行业猫腻：经过包装美化 “死店”也能做活？', '代运营行业猫腻：经过包装美化 “死店”也能做活？'],
		['Tmall flagship vs local distributor: who runs the store?', 'Tmall flagship vs local distributor: who runs the store?'],
	])('%s → %s', (text, expected) => {
		expect(endSentence(text)).toBe(expected);
	});
});

describe('sourceShortName', () => {
	const english = { shortName: 'Tmall fee schedule', language: 'en', shortNameZh: '天猫资费标准' } as const;

	it('gives Chinese pages the Chinese short name', () => {
		expect(sourceShortName(english, 'zh')).toBe('天猫资费标准');
	});

	it('gives English pages the source’s own', () => {
		expect(sourceShortName(english, 'en')).toBe('Tmall fee schedule');
	});

	it('keeps the source’s own name when it has no Chinese one', () => {
		expect(sourceShortName({ shortName: 'ciaosir: 天猫国际费用', language: 'zh' }, 'zh')).toBe('ciaosir: 天猫国际费用');
		expect(sourceShortName({ shortName: 'Bloomberg 2024', language: 'en' }, 'zh')).toBe('Bloomberg 2024');
	});
});
