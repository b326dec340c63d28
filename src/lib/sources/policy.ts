/**
 * The guide's source policy, as plain data and pure checks (no DOM, no Node).
 *
 * The rule, in one sentence: what kind of publication a source is sets the
 * most we trust it; a source may be trusted less than that, never more.
 * Copies, mirrors and content farms are not a kind: they are never cited.
 * The zod schema in `src/schemas/source.ts` applies these checks to every
 * file in `content/sources/`, so a build fails on a source that breaks them.
 */

/** What kind of publication a source is. */
export const sourceKinds = [
	/** A law, regulation or government notice (npc.gov.cn, gov.cn, mof.gov.cn, customs). */
	'statute',
	/** A rule or official page of the platform itself (rule.tmall.com, about.tmall.com, Alimama help). */
	'platform-rule',
	/** A court record or a case a court published. */
	'court',
	/** Established press or a wire, with headline and date. */
	'press',
	/** A listed company's own filing (annual report, prospectus). */
	'filing',
	/** Industry research and trade press (网经社, iResearch, 电商报, consultancies' research pages). */
	'trade-press',
	/** A blog of an agency or consultancy that sells the service it writes about. */
	'agency-blog',
] as const;

export type SourceKind = (typeof sourceKinds)[number];

export const confidenceLevels = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof confidenceLevels)[number];

/** The most we trust each kind of source. */
export const confidenceCeiling: Readonly<Record<SourceKind, Confidence>> = {
	statute: 'high',
	'platform-rule': 'high',
	court: 'high',
	press: 'high',
	filing: 'high',
	'trade-press': 'medium',
	'agency-blog': 'low',
};

const rank: Readonly<Record<Confidence, number>> = { low: 0, medium: 1, high: 2 };

/** True when `confidence` is at or below the ceiling of `kind`. */
export function confidenceAllowed(kind: SourceKind, confidence: Confidence): boolean {
	return rank[confidence] <= rank[confidenceCeiling[kind]];
}

/** Why a source has no address a reader can open. */
export const offlineReasons = [
	/** Printed only, or we cite the print edition. */
	'print',
	/** Behind a merchant or member login (Tmall's merchant back end, for example). */
	'login-walled',
	/** Behind a paywall: we give the headline as printed so a reader can find it. */
	'paywalled',
] as const;

export type OfflineReason = (typeof offlineReasons)[number];

/**
 * Addresses no guide page may link, whatever the text on them says. Each
 * pattern says why. Kept short on purpose: it catches the kinds of address
 * the guide once cited by mistake, not every bad site on the web.
 */
export const deniedUrlPatterns: readonly { readonly pattern: RegExp; readonly why: string }[] = [
	{
		// 6887bob.com, 91se91.com: a host label of three or more digits run into
		// three or more letters, or letters between two runs of digits, is the
		// usual shape of gambling and adult mirrors that copy other sites' text.
		// Short real names (36kr.com, 51job.com, 1688.com, 163.com) do not match.
		pattern: /^https?:\/\/(?:[^/]*\.)?(?:[a-z]*\d{3,}[a-z]{3,}|[a-z]*\d+[a-z]+\d+)[a-z]*\.[a-z.]+(?:[/:?#]|$)/i,
		why: 'host made of digits run into letters (the shape of gambling and adult mirrors)',
	},
	{
		// hbyfgd.com/xinxi/cjgwpcj.html, mundofiltro.com/xinxi/ckagqjy.html:
		// random-letter pages under /xinxi/ are machine-made copies on hijacked sites.
		pattern: /\/xinxi\/[a-z]+\.html?(?:[?#]|$)/i,
		why: 'random-letter page under /xinxi/ (machine-made copies on hijacked sites)',
	},
	{
		// Sites the guide once cited whose name has nothing to do with the text
		// they carried: a car site carrying an SCMP article, a filter shop and a
		// postcard printer carrying Tmall rules, a forum and a music site carrying
		// fee advice. Find the original instead.
		pattern: /^https?:\/\/(?:[^/]*\.)?(?:cargreen\.es|mundofiltro\.com|hbyfgd\.com|mvppostcards\.com|wuweibbs\.com|9ku\.com)(?:[/:?#]|$)/i,
		why: 'a site whose subject has nothing to do with the text it carried (a copy, not the original)',
	},
	{
		// laosuntou666.com: a word run into three or more digits at the end of
		// the host label is the usual shape of throwaway content-farm sites.
		// Real names with a short number (163.com, 51job.com, 36kr.com) do not
		// match; hao123.com does, and no guide needs to link a link directory.
		pattern: /^https?:\/\/(?:[^/]*\.)?[a-z]{3,}\d{3,}\.[a-z.]+(?:[/:?#]|$)/i,
		why: 'host made of a word run into digits (the shape of content-farm sites)',
	},
	{
		// renrendoc.com/paper/…, boteman.cn/paper/…, docin.com, doc88.com,
		// max.book118.com, wenku.baidu.com: document-sharing sites where users
		// upload copies of other people's contracts and reports. The text has no
		// author or date we can check. Find the original publisher instead.
		pattern: /^https?:\/\/(?:[^/]*\.)?(?:(?:renrendoc|docin|doc88|book118)\.com(?:[/:?#]|$)|wenku\.baidu\.com(?:[/:?#]|$)|boteman\.cn\/paper\/)/i,
		why: 'a document-sharing site (user-uploaded copies with no checkable author or date)',
	},
	{
		// cooco.net.cn/zuowen/707095.html: /zuowen/ (作文, school essays) paths
		// are essay and template sites that copy texts without their source.
		pattern: /\/zuowen\//i,
		why: 'an essay-site page under /zuowen/ (copied texts without their source)',
	},
	{
		// laitimes.com and newsflash.city republish other outlets' articles,
		// machine-translated or stripped of byline and date. Cite the outlet
		// that first published the article.
		pattern: /^https?:\/\/(?:[^/]*\.)?(?:laitimes\.com|newsflash\.city|d17\.cc)(?:[/:?#]|$)/i,
		why: "an aggregator that republishes other outlets' articles (a copy, not the original)",
	},
	{
		// m.11467.com/product/…: a business directory where companies post their
		// own advertising as "product" pages. Cite the company's own site, or
		// better, a source that does not sell the service.
		pattern: /^https?:\/\/(?:[^/]*\.)?11467\.com(?:[/:?#]|$)/i,
		why: "a business directory of companies' own advertising (not a publication)",
	},
	{
		// ssopdot.com, baimosheng.com: blogs the guide once cited that name no
		// company and no author, so no one answers for what they say.
		pattern: /^https?:\/\/(?:[^/]*\.)?(?:ssopdot\.com|baimosheng\.com)(?:[/:?#]|$)/i,
		why: 'an anonymous blog that names no company or author (no one answers for it)',
	},
];

/** Why `url` may not be cited, or `undefined` when it may. */
export function deniedUrlReason(url: string): string | undefined {
	return deniedUrlPatterns.find(({ pattern }) => pattern.test(url))?.why;
}

/** A publication date: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or `undated` when the page truly has none. */
export const publishedPattern = /^(?:\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?|undated)$/;

/** The fields of a source the policy looks at. */
export interface SourcePolicyInput {
	readonly kind: SourceKind;
	readonly confidence: Confidence;
	readonly url?: string | undefined;
	readonly offline?: { readonly reason: OfflineReason; readonly headline: string } | undefined;
}

/** One broken rule: which field, and a sentence an editor can act on. */
export interface PolicyProblem {
	readonly field: 'url' | 'offline' | 'confidence';
	readonly message: string;
}

/** Every rule `source` breaks; an empty list when it follows the policy. */
export function sourcePolicyProblems(source: SourcePolicyInput): PolicyProblem[] {
	const problems: PolicyProblem[] = [];
	if (source.url === undefined && source.offline === undefined) {
		problems.push({
			field: 'url',
			message: 'A source needs a "url", or "offline": { "reason": "print" | "login-walled" | "paywalled", "headline": "…as printed" }.',
		});
	}
	if (source.url !== undefined && source.offline !== undefined) {
		problems.push({ field: 'offline', message: 'Give a "url" or an "offline" reason, not both.' });
	}
	if (source.url !== undefined) {
		const why = deniedUrlReason(source.url);
		if (why !== undefined) problems.push({ field: 'url', message: `This address may not be cited: ${why}. Cite the original.` });
	}
	if (!confidenceAllowed(source.kind, source.confidence)) {
		problems.push({
			field: 'confidence',
			message: `Confidence "${source.confidence}" is above the ceiling for kind "${source.kind}", which is "${confidenceCeiling[source.kind]}".`,
		});
	}
	return problems;
}
