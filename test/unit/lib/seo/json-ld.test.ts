import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { faqPageJsonLd, howToJsonLd, serializeJsonLd } from '../../../../src/lib/seo/json-ld';

describe('faqPageJsonLd', () => {
	it('describes each question with its accepted answer, in order', () => {
		const data = faqPageJsonLd(
			[
				{ question: '提点是什么？', answer: '提点就是提成比例。' },
				{ question: 'How long?', answer: 'About 10 to 12 weeks.' },
			],
			'zh-CN',
		);
		expect(data).toEqual({
			'@context': 'https://schema.org',
			'@type': 'FAQPage',
			inLanguage: 'zh-CN',
			mainEntity: [
				{ '@type': 'Question', name: '提点是什么？', acceptedAnswer: { '@type': 'Answer', text: '提点就是提成比例。' } },
				{ '@type': 'Question', name: 'How long?', acceptedAnswer: { '@type': 'Answer', text: 'About 10 to 12 weeks.' } },
			],
		});
	});
});

describe('howToJsonLd', () => {
	const data = howToJsonLd({
		name: 'Hire a Tmall agency',
		description: 'Five steps.',
		inLanguage: 'en',
		baseUrl: 'https://guide.example',
		steps: [
			{ name: 'Phone screening', text: 'Ask about the charging mode.', url: '/guide/hiring-process/#screening' },
			{ name: 'Meeting', text: 'Meet the team.', url: 'https://other.example/meeting' },
		],
	});

	it('numbers the steps from 1', () => {
		expect(data.step.map((step) => step.position)).toEqual([1, 2]);
	});

	it('makes relative step URLs absolute and leaves absolute ones alone', () => {
		expect(data.step.map((step) => step.url)).toEqual(['https://guide.example/guide/hiring-process/#screening', 'https://other.example/meeting']);
	});

	it('is a schema.org HowTo in the page language', () => {
		expect(data).toMatchObject({ '@context': 'https://schema.org', '@type': 'HowTo', inLanguage: 'en', name: 'Hire a Tmall agency' });
		expect(data.step[0]).toMatchObject({ '@type': 'HowToStep', name: 'Phone screening', text: 'Ask about the charging mode.' });
	});
});

describe('serializeJsonLd', () => {
	it('cannot close the script element or open a comment, whatever the text says', () => {
		const hostile = { text: '</script><script>alert(1)</script><!-- & -->' };
		const json = serializeJsonLd(hostile);
		expect(json).not.toMatch(/[<>&]/);
		expect(json.toLowerCase()).not.toContain('</script');
		expect(JSON.parse(json)).toEqual(hostile);
	});

	it('escapes line and paragraph separators', () => {
		const json = serializeJsonLd({ text: 'a\u2028b\u2029c' });
		expect(json).toBe('{"text":"a\\u2028b\\u2029c"}');
		expect(JSON.parse(json)).toEqual({ text: 'a\u2028b\u2029c' });
	});

	it('keeps Chinese text as it is', () => {
		expect(serializeJsonLd({ name: '天猫现在还收年费吗？' })).toBe('{"name":"天猫现在还收年费吗？"}');
	});

	it('refuses a value JSON cannot represent', () => {
		expect(() => serializeJsonLd(undefined)).toThrow(TypeError);
	});

	it('for any JSON value: parses back to the same value and never contains < > &', () => {
		fc.assert(
			fc.property(fc.jsonValue(), (value) => {
				const json = serializeJsonLd(value);
				expect(/[<>&\u2028\u2029]/.test(json)).toBe(false);
				expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(value)));
			}),
			{ numRuns: 1000 },
		);
	}, 30_000);

	it('for any string: the escaped text still reads back exactly', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), (a, b) => {
				const value = { a, b, html: `<p>${a}</p>` };
				expect(JSON.parse(serializeJsonLd(value))).toEqual(value);
			}),
			{ numRuns: 1000 },
		);
	}, 30_000);
});
