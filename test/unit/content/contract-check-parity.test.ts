import { existsSync, readFileSync } from 'node:fs';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { localeKeys, type Locale } from '../../../src/i18n/locales';
import { localeFromPath } from '../../../src/i18n/paths';
import { contractCheckSchema, type ContractCheckContent } from '../../../src/schemas/contract-check';

function readFile(locale: Locale): ContractCheckContent {
	return contractCheckSchema.parse(JSON.parse(readFileSync(`content/contract-check/${locale}.json`, 'utf8')));
}

const files = Object.fromEntries(localeKeys.map((locale) => [locale, readFile(locale)])) as Record<Locale, ContractCheckContent>;

/** Everything but the words: ids, marks, limits, links and sources must be the same in every language. */
const rulesOf = (file: ContractCheckContent) =>
	file.topics.map((topic) => ({
		id: topic.id,
		options: topic.options.map(({ id, mark }) => ({ id, mark })),
		value: topic.value && { unit: topic.value.unit, min: topic.value.min, max: topic.value.max, appliesTo: topic.value.appliesTo, rules: topic.value.rules },
		checklistItems: topic.checklistItems,
		sources: topic.sources,
		guide: topic.guide.href.replace(/^\/zh/, '').replace(/#.*$/, ''),
	}));

function headingIds(mdxPath: string): Set<string> {
	const slugger = new GithubSlugger();
	const ids = new Set<string>();
	for (const line of readFileSync(mdxPath, 'utf8').split('\n')) {
		const heading = /^#{2,6}\s+(.+?)\s*$/.exec(line)?.[1];
		if (heading) ids.add(slugger.slug(heading.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[`*_]/g, '')));
	}
	return ids;
}

/** The topics the issue asks for, at least, by the ids saved data and links depend on. */
const requiredTopics = [
	'term-renewal',
	'notice-period',
	'termination-merchant',
	'termination-agency',
	'refund-on-miss',
	'non-cooperation',
	'fee-refund',
	'penalty',
	'commission-base',
	'commission-tiers',
	'sales-guarantee',
	'ad-budget',
	'fake-orders',
	'store-entity',
	'accounts',
	'data-creative',
	'handover',
	'staff-confidentiality',
	'invoices',
	'law-forum-language',
];

describe('contract check content', () => {
	it.each(localeKeys)('%s: passes the schema and names its own locale', (locale) => {
		expect(files[locale].locale).toBe(locale);
	});

	it('has the same topics, options, marks, limits, links and sources in every language', () => {
		for (const locale of localeKeys) expect(rulesOf(files[locale])).toEqual(rulesOf(files.en));
	});

	it('keeps every topic id that saved answers, shared links and other pages use', () => {
		expect(files.en.topics.map((topic) => topic.id)).toEqual(expect.arrayContaining(requiredTopics));
		expect(files.en.topics.length).toBeGreaterThanOrEqual(19);
	});

	it('marks the court cases’ clauses red', () => {
		const markOf = (topicId: string, optionId: string) =>
			files.en.topics.find((topic) => topic.id === topicId)?.options.find((option) => option.id === optionId)?.mark;
		expect(markOf('non-cooperation', 'voids-refund')).toBe('red');
		expect(markOf('fee-refund', 'non-refundable')).toBe('red');
		expect(markOf('termination-merchant', 'not-allowed')).toBe('red');
		expect(markOf('store-entity', 'agency')).toBe('red');
		expect(markOf('accounts', 'agency-holds-main')).toBe('red');
		expect(markOf('handover', 'listed-no-deadline')).toBe('red');
		expect(markOf('handover', 'may-take-down')).toBe('red');
	});

	it.each(localeKeys)('%s: every guide link stays in its language and reaches a real heading; every source and checklist item exists', (locale) => {
		const checklist = JSON.parse(readFileSync(`content/checklist/${locale}.json`, 'utf8')) as { steps: { items: { id: string }[] }[] };
		const itemIds = new Set(checklist.steps.flatMap((step) => step.items.map((item) => item.id)));
		for (const topic of files[locale].topics) {
			const { href } = topic.guide;
			expect(localeFromPath(href), `${topic.id}: ${href}`).toBe(locale);
			const [, slug, anchor] = /^(?:\/zh)?\/guide\/([a-z0-9-]+)\/(?:#(.+))?$/.exec(href) ?? [];
			const mdxPath = `content/guide/${locale}/${slug}.mdx`;
			expect(existsSync(mdxPath), mdxPath).toBe(true);
			if (anchor) expect(headingIds(mdxPath), `${topic.id}: #${anchor}`).toContain(anchor);
			for (const id of topic.sources) expect(existsSync(`content/sources/${id}.json`), `${topic.id}: source ${id}`).toBe(true);
			for (const id of topic.checklistItems) expect(itemIds, `${topic.id}: checklist item ${id}`).toContain(id);
		}
	});

	it('is linked from the contract guide’s red flags, in both languages, only to topics that exist', () => {
		const ids = new Set(files.en.topics.map((topic) => topic.id));
		for (const locale of localeKeys) {
			const linked = [...readFileSync(`content/guide/${locale}/contract.mdx`, 'utf8').matchAll(/\/tools\/contract-check\/#topic-([a-z0-9-]+)/g)].map((match) => match[1]);
			expect(linked.length, locale).toBeGreaterThanOrEqual(10);
			for (const id of linked) expect(ids, `${locale} contract guide links to #topic-${id}`).toContain(id);
		}
	});
});

describe('contract check schema', () => {
	const valid = () => JSON.parse(readFileSync('content/contract-check/en.json', 'utf8')) as ContractCheckContent;

	it('refuses a topic without "Not in the contract", a duplicate topic, and a limit on an option that does not exist', () => {
		const noAbsent = valid();
		noAbsent.topics[0]!.options = noAbsent.topics[0]!.options.filter((option) => option.id !== 'absent');
		expect(contractCheckSchema.safeParse(noAbsent).success).toBe(false);
		const duplicate = valid();
		duplicate.topics.push({ ...duplicate.topics[0]! });
		expect(contractCheckSchema.safeParse(duplicate).success).toBe(false);
		const badLimit = valid();
		badLimit.topics[0]!.value!.appliesTo = ['no-such-option'];
		expect(contractCheckSchema.safeParse(badLimit).success).toBe(false);
	});

	it('refuses a mark that is not red, amber or green, and a guide link that leaves the site', () => {
		const badMark = valid() as unknown as { topics: { options: { mark: string }[]; guide: { href: string } }[] };
		badMark.topics[0]!.options[0]!.mark = 'orange';
		expect(contractCheckSchema.safeParse(badMark).success).toBe(false);
		const external = valid();
		external.topics[0]!.guide.href = 'https://example.com/guide/contract/';
		expect(contractCheckSchema.safeParse(external).success).toBe(false);
	});
});
