/**
 * Every page of the site that is not a guide article, by stable id. The guide
 * articles come from the content collection; together they make the route
 * list that the pages, the navigation, the sitemap and the parity tests share.
 */
export const staticRoutes = {
	home: '/',
	search: '/search/',
	glossary: '/guide/glossary/',
	feeCalculator: '/tools/fee-calculator/',
	checklist: '/tools/checklist/',
	scorecard: '/tools/scorecard/',
	contractCheck: '/tools/contract-check/',
	exitPlan: '/tools/exit-plan/',
} as const;

export type StaticRouteId = keyof typeof staticRoutes;

export const toolRouteIds = ['feeCalculator', 'checklist', 'scorecard', 'contractCheck', 'exitPlan'] as const satisfies readonly StaticRouteId[];
export type ToolRouteId = (typeof toolRouteIds)[number];

/** Neutral path of a guide article from its slug. */
export function guidePath(slug: string): string {
	return `/guide/${slug}/`;
}

/** `content/guide/zh/charging-modes.mdx` has the id `zh/charging-modes`. */
export function splitEntryId(id: string): { locale: string; slug: string } {
	const slash = id.indexOf('/');
	return slash < 0 ? { locale: '', slug: id } : { locale: id.slice(0, slash), slug: id.slice(slash + 1) };
}
