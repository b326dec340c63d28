/**
 * Every page of the site that is not a guide article, by stable id. The guide
 * articles come from the content collection; together they make the route
 * list that the pages, the navigation, the sitemap and the parity tests share.
 */
export const staticRoutes = {
	home: '/',
	search: '/search/',
	glossary: '/guide/glossary/',
} as const;

export type StaticRouteId = keyof typeof staticRoutes;

/**
 * Every tool, by its one id: the same id in content/tools/<locale>/*.mdx (`tool:`), in the
 * wrapper registry (src/components/tools/registry.ts) and in the URL. Adding a tool here
 * makes a missing page, wrapper or content file a type error or a build failure.
 */
export const toolPaths = {
	'fee-calculator': '/tools/fee-calculator/',
	checklist: '/tools/checklist/',
	scorecard: '/tools/scorecard/',
	'contract-check': '/tools/contract-check/',
	'exit-plan': '/tools/exit-plan/',
	'cost-planner': '/tools/cost-planner/',
} as const;

export type ToolId = keyof typeof toolPaths;

export const toolIds = Object.keys(toolPaths) as [ToolId, ...ToolId[]];

/** Neutral path of a guide article from its slug. */
export function guidePath(slug: string): string {
	return `/guide/${slug}/`;
}

/** `content/guide/zh/charging-modes.mdx` has the id `zh/charging-modes`. */
export function splitEntryId(id: string): { locale: string; slug: string } {
	const slash = id.indexOf('/');
	return slash < 0 ? { locale: '', slug: id } : { locale: id.slice(0, slash), slug: id.slice(slash + 1) };
}
