import { existsSync, readFileSync } from 'node:fs';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { localeKeys, type Locale } from '../../../src/i18n/locales';
import { localeFromPath } from '../../../src/i18n/paths';
import { checklistStepIds } from '../../../src/lib/checklist/ids';
import { checklistSchema, type ChecklistData } from '../../../src/schemas/checklist';

/** Ids the contract guide links to as `/tools/checklist/#item-<id>`: renaming one breaks its links. */
const requiredContractIds = [
	'contract-store-ownership',
	'contract-data-ownership',
	'contract-exit-package',
	'contract-registration',
	'contract-commission-base',
	'contract-kpis',
	'contract-kpi-miss',
	'contract-ad-budget-cap',
	'contract-no-fake-orders',
	'contract-termination',
	'contract-handover',
	'contract-ip',
	'contract-hidden-fees',
	'contract-payment-terms',
	'contract-dispute-forum',
];

function readChecklist(locale: Locale): ChecklistData {
	return checklistSchema.parse(JSON.parse(readFileSync(`content/checklist/${locale}.json`, 'utf8')));
}

const checklists = Object.fromEntries(localeKeys.map((locale) => [locale, readChecklist(locale)])) as Record<
	Locale,
	ChecklistData
>;

const itemIds = (checklist: ChecklistData) => checklist.steps.flatMap((step) => step.items.map((item) => item.id));

/** The heading ids a guide page will have, slugged the way the site's Markdown pipeline does it. */
function headingIds(mdxPath: string): Set<string> {
	const slugger = new GithubSlugger();
	const ids = new Set<string>();
	for (const line of readFileSync(mdxPath, 'utf8').split('\n')) {
		const heading = /^#{2,6}\s+(.+?)\s*$/.exec(line)?.[1];
		if (!heading) continue;
		const plain = heading.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[`*_]/g, '');
		ids.add(slugger.slug(plain));
	}
	return ids;
}

describe('checklist content', () => {
	it.each(localeKeys)('%s: passes the schema and names its own locale', (locale) => {
		expect(checklists[locale].locale).toBe(locale);
	});

	it('has the five steps in order in every language', () => {
		for (const locale of localeKeys) {
			expect(checklists[locale].steps.map((step) => step.id)).toEqual([...checklistStepIds]);
		}
	});

	it('has the same item ids in the same order in every language', () => {
		const english = checklists.en.steps.map((step) => step.items.map((item) => item.id));
		for (const locale of localeKeys) {
			expect(checklists[locale].steps.map((step) => step.items.map((item) => item.id))).toEqual(english);
		}
	});

	it('gives an item a why and a guide link in one language only if it does in all', () => {
		const shape = (checklist: ChecklistData) =>
			checklist.steps.flatMap((step) => step.items.map((item) => [item.id, Boolean(item.why), Boolean(item.link)]));
		for (const locale of localeKeys) expect(shape(checklists[locale])).toEqual(shape(checklists.en));
	});

	it('has at least 25 items, with unique ids', () => {
		const ids = itemIds(checklists.en);
		expect(ids.length).toBeGreaterThanOrEqual(25);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('keeps every item id the contract guide links to', () => {
		const ids = new Set(itemIds(checklists.en));
		for (const id of requiredContractIds) expect(ids, id).toContain(id);
	});

	it('has an item for every checklist link in the guide pages', () => {
		const ids = new Set(itemIds(checklists.en));
		for (const locale of localeKeys) {
			for (const slug of ['contract', 'hiring-process']) {
				const path = `content/guide/${locale}/${slug}.mdx`;
				if (!existsSync(path)) continue;
				const linked = [...readFileSync(path, 'utf8').matchAll(/\/tools\/checklist\/#item-([a-z0-9-]+)/g)];
				for (const [, id] of linked) expect(ids, `${path} links to #item-${id}`).toContain(id);
			}
		}
	});

	it.each(localeKeys)('%s: every guide link stays in its own language and reaches a real heading', (locale) => {
		for (const step of checklists[locale].steps) {
			for (const item of step.items) {
				if (!item.link) continue;
				const { href } = item.link;
				expect(localeFromPath(href), `${item.id}: ${href}`).toBe(locale);
				// A link to a tool (the exit plan, say) must name a tool page that exists in this language.
				const tool = /^(?:\/zh)?\/tools\/([a-z0-9-]+)\/$/.exec(href);
				if (tool) {
					expect(existsSync(`content/tools/${locale}/${tool[1]}.mdx`), `${item.id}: ${href} is a tool page`).toBe(true);
					continue;
				}
				const match = /^(?:\/zh)?\/guide\/([a-z0-9-]+)\/(?:#(.+))?$/.exec(href);
				expect(match, `${item.id}: ${href} is a guide link`).not.toBeNull();
				const [, slug, anchor] = match ?? [];
				const mdxPath = `content/guide/${locale}/${slug}.mdx`;
				expect(existsSync(mdxPath), `${item.id}: ${mdxPath} exists`).toBe(true);
				if (anchor) expect(headingIds(mdxPath), `${item.id}: #${anchor} in ${mdxPath}`).toContain(anchor);
			}
		}
	});
});

describe('checklist schema', () => {
	const valid = () => JSON.parse(readFileSync('content/checklist/en.json', 'utf8')) as ChecklistData;

	it('refuses an item id that does not start with its step id', () => {
		const data = valid();
		const firstItem = data.steps[0]?.items[0];
		if (firstItem) firstItem.id = 'contract-cooperation-mode';
		expect(checklistSchema.safeParse(data).success).toBe(false);
	});

	it('refuses a duplicate item id', () => {
		const data = valid();
		const contract = data.steps[2];
		const firstItem = contract?.items[0];
		if (contract && firstItem) contract.items.push({ ...firstItem });
		expect(checklistSchema.safeParse(data).success).toBe(false);
	});

	it('refuses steps out of order, and links that leave the site', () => {
		const reordered = valid();
		reordered.steps.reverse();
		expect(checklistSchema.safeParse(reordered).success).toBe(false);
		const external = valid();
		const item = external.steps[0]?.items[0];
		if (item) item.link = { href: 'https://example.com/guide/x/', text: 'Elsewhere' };
		expect(checklistSchema.safeParse(external).success).toBe(false);
	});
});
