/**
 * English interface strings. This object defines the shape every other
 * locale must match (see `UiStrings`), so a missing key is a type error.
 */
export const en = {
	siteName: 'Tmall Agency Guide',
	siteTagline: 'Hire a Tmall operations agency with your eyes open',
	skipLink: 'Skip to content',
	nav: {
		label: 'Main',
		guide: 'Guide',
		tools: 'Tools',
		feeCalculator: 'Fee calculator',
		checklist: 'Hiring checklist',
		scorecard: 'Agency scorecard',
		contractCheck: 'Contract check',
		exitPlan: 'Exit plan',
		costPlanner: 'Cost planner',
		search: 'Search',
		menu: 'Menu',
		closeMenu: 'Close menu',
		home: 'Home',
		faq: 'FAQ',
		glossary: 'Glossary',
	},
	languageSwitch: {
		label: 'Language',
		/** Shown on the link to the other language; names that language in itself. */
		linkText: '中文',
		linkLabel: '阅读中文版',
	},
	theme: {
		label: 'Theme',
		system: 'System',
		light: 'Light',
		dark: 'Dark',
	},
	search: {
		open: 'Search',
		shortcutHint: 'Ctrl K',
		placeholder: 'Search the guide',
		label: 'Search the guide',
		dialogTitle: 'Search',
		close: 'Close search',
		noResults: 'No pages match',
		resultsOne: '1 page found',
		resultsMany: '{count} pages found',
		loading: 'Searching…',
		unavailable: 'Search is not available on this copy of the site. It works after the site is built.',
		pageTitle: 'Search the guide',
		pageIntro: 'Search every page of the guide and its tools. Results come from this language only.',
	},
	guide: {
		contents: 'On this page',
		lastReviewed: 'Text last reviewed',
		/** Before the date (or span of dates) the page's platform figures were last checked against their sources. */
		figuresVerified: 'Figures verified',
		/** Joins the oldest and newest verified dates: "29 November 2026 to 6 December 2026". */
		dateRangeJoin: ' to ',
		sources: 'Sources',
		sourcesIntro: 'Figures on this page come from these sources. Dates are publication dates; “undated” means the page gives none.',
		published: 'Published',
		undated: 'undated',
		confidence: { high: 'High confidence', medium: 'Medium confidence', low: 'Low confidence' },
		/** What kind of publication a source is (src/lib/sources/policy.ts). */
		kind: {
			statute: 'Law or regulation',
			'platform-rule': 'Tmall rule or official page',
			court: 'Court record',
			press: 'Press',
			filing: 'Company filing',
			'trade-press': 'Trade press',
			'agency-blog': 'Agency blog',
		},
		/** Why a source has no link; the headline as printed follows. */
		offline: { print: 'Print edition', 'login-walled': 'Behind a login', paywalled: 'Behind a paywall' },
		/** Link from every source list to the home page's "About our sources". */
		aboutSources: 'How we rate sources',
		previous: 'Previous',
		next: 'Next',
		pagination: 'Guide pages',
		inThisGuide: 'In this guide',
	},
	aside: {
		note: 'Note',
		warning: 'Watch out',
		estimate: 'Estimate, not a sourced figure',
		tip: 'Tip',
	},
	footer: {
		independence: 'This is an independent guide. It is not affiliated with, endorsed by or sponsored by Alibaba Group, Tmall or any agency.',
		notAdvice: 'Information only, not legal or financial advice. Check current platform rules before you sign.',
		updated: 'Content reviewed',
		sitemap: 'Sitemap',
	},
	notFound: {
		title: 'Page not found',
		body: 'We could not find that page. It may have moved when the guide was reorganised.',
		tryThese: 'Try one of these instead:',
		searchPrompt: 'Or search the guide:',
	},
	dateLocale: 'en-GB',
	/** Between a label and its value: "Last reviewed: …". */
	labelSeparator: ': ',
} as const;

type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };
export type UiStrings = Widen<typeof en>;
