import type { Locale } from '../locale';

/**
 * What each guide page is about, in the words a reader types into search.
 * A page's title and navigation title count as subjects too (see
 * `pageSubjects`); this table adds the short names people use.
 *
 * Why a table: Pagefind ranks by how often words occur, and every page of this
 * guide says 代运营 and "agency" many times, so the page that explains a term
 * can sit fifth for that very term. Pagefind's title weighting does not help
 * either, because most titles contain 代运营. Each term here belongs to one
 * page only; a unit test checks that.
 */
export const guideSubjects: Record<string, Record<Locale, readonly string[]>> = {
	'agent-operation': {
		en: ['agent operation', 'agency operation', 'Tmall Partner', 'TP', 'operations agency', 'what is agent operation'],
		zh: ['代运营', '天猫代运营', '代运营是什么', '什么是代运营', '代运营公司', '天猫服务商', 'TP', '淘拍档'],
	},
	'charging-modes': {
		en: ['charging modes', 'charging mode', 'agency fees', 'how agencies charge'],
		zh: ['收费模式', '代运营收费', '代运营怎么收费', '代运营费用'],
	},
	'agency-locations': {
		en: ['agency locations', 'where agencies are'],
		zh: ['代运营公司分布', '代运营公司在哪里', '公司分布'],
	},
	'hiring-process': {
		en: ['hiring process', 'how to hire an agency', 'hire an agency'],
		zh: ['合作流程', '怎么找代运营', '找代运营'],
	},
	contract: {
		en: ['contract', 'agency contract', 'red flags'],
		zh: ['合同', '代运营合同', '风险信号'],
	},
	'platform-costs': {
		en: ['platform costs', 'platform fees', 'Tmall fees', 'deposit', 'store deposit'],
		zh: ['平台费用', '天猫费用', '天猫收费', '保证金', '店铺保证金'],
	},
	glossary: {
		en: ['glossary', 'glossary of terms'],
		zh: ['术语表', '术语'],
	},
};

/**
 * The form in which a query and a subject are compared: case, width,
 * spacing and punctuation do not matter, so "Hiring process", "hiring-process"
 * and "合同？" match their subjects.
 */
export function normalizeSubject(text: string): string {
	return text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[\s\p{P}\p{S}]+/gu, '');
}

/**
 * Every normalized subject of one guide page: its title, its navigation
 * title and the table's terms, without duplicates or empty strings.
 */
export function pageSubjects(slug: string, locale: Locale, titles: readonly string[]): string[] {
	const terms = [...titles, ...(guideSubjects[slug]?.[locale] ?? [])].map(normalizeSubject);
	return [...new Set(terms)].filter((term) => term.length > 0);
}

/**
 * Puts the pages whose subject the reader typed first, keeping the order of
 * everything else. A subject page that the text search missed is still listed.
 */
export function rankBySubject(ids: readonly string[], subjectIds: readonly string[]): string[] {
	const first = [...new Set(subjectIds)];
	const chosen = new Set(first);
	return [...first, ...ids.filter((id) => !chosen.has(id))];
}
