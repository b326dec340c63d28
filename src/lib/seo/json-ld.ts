/**
 * Structured data (schema.org JSON-LD) for the FAQ and the hiring steps.
 * Pure builders, so the shapes are unit-tested without rendering a page.
 */

export interface FaqEntryInput {
	question: string;
	answer: string;
}

export interface HowToStepInput {
	name: string;
	text: string;
	/** A site path or absolute URL; resolved against `baseUrl`. */
	url: string;
}

export interface FaqPageJsonLd {
	'@context': 'https://schema.org';
	'@type': 'FAQPage';
	inLanguage: string;
	mainEntity: {
		'@type': 'Question';
		name: string;
		acceptedAnswer: { '@type': 'Answer'; text: string };
	}[];
}

export interface HowToJsonLd {
	'@context': 'https://schema.org';
	'@type': 'HowTo';
	inLanguage: string;
	name: string;
	description: string;
	step: {
		'@type': 'HowToStep';
		position: number;
		name: string;
		text: string;
		url: string;
	}[];
}

/** `inLanguage` is a BCP 47 tag such as `zh-CN`, the same as the page's `<html lang>`. */
export function faqPageJsonLd(entries: readonly FaqEntryInput[], inLanguage: string): FaqPageJsonLd {
	return {
		'@context': 'https://schema.org',
		'@type': 'FAQPage',
		inLanguage,
		mainEntity: entries.map((entry) => ({
			'@type': 'Question',
			name: entry.question,
			acceptedAnswer: { '@type': 'Answer', text: entry.answer },
		})),
	};
}

export function howToJsonLd(input: {
	name: string;
	description: string;
	inLanguage: string;
	steps: readonly HowToStepInput[];
	/** Where relative step URLs point: the site's origin (Astro's `site`). */
	baseUrl: string | URL;
}): HowToJsonLd {
	return {
		'@context': 'https://schema.org',
		'@type': 'HowTo',
		inLanguage: input.inLanguage,
		name: input.name,
		description: input.description,
		step: input.steps.map((step, index) => ({
			'@type': 'HowToStep',
			position: index + 1,
			name: step.name,
			text: step.text,
			url: new URL(step.url, input.baseUrl).href,
		})),
	};
}

/**
 * JSON for an inline `<script type="application/ld+json">`. The HTML parser
 * ends a script at `</script` and treats `<!--` specially, whatever the JSON
 * means, so `<`, `>` and `&` are written as JSON escapes (same value once
 * parsed). U+2028 and U+2029 are escaped too, for old JavaScript parsers.
 */
export function serializeJsonLd(data: unknown): string {
	const json = JSON.stringify(data);
	if (json === undefined) throw new TypeError('serializeJsonLd: value has no JSON form');
	return json.replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
