/**
 * Facts about one built HTML page that the quality gates need: its ids, the
 * links and resources it refers to, its scripts, stylesheets and islands.
 * Build-time only (tests and scripts read `dist/`); never shipped to the browser.
 */
import { parse, type DefaultTreeAdapterTypes } from 'parse5';

type Element = DefaultTreeAdapterTypes.Element;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;

/** A URL the page refers to: a link to follow, or a resource the browser fetches. */
export interface PageReference {
	/** `a`, `link`, `script`, `img`, `form`… */
	element: string;
	attribute: 'href' | 'src' | 'action' | 'srcset';
	value: string;
	/** Links to another page (a, area, form): these follow the same-language rule. Resources do not. */
	navigates: boolean;
	/** The header's language switch, the one link allowed to cross languages. */
	languageSwitch: boolean;
	/** A short description of the element for failure messages, e.g. `a.lang-switch "中文"`. */
	describe: string;
}

export interface PageScript {
	/** `module` for ES modules, `classic` for plain scripts. */
	kind: 'module' | 'classic';
	src?: string;
	/** Source text of an inline script. */
	inline?: string;
}

export interface PageIsland {
	/** The hydration directive: load, idle, visible, media or only. */
	client: string;
	componentUrl: string;
	rendererUrl?: string;
	beforeHydrationUrl?: string;
	describe: string;
}

export interface InlineHandler {
	attribute: string;
	describe: string;
}

export interface PageFacts {
	lang: string;
	ids: Set<string>;
	references: PageReference[];
	scripts: PageScript[];
	stylesheets: string[];
	/** `<link rel="modulepreload">`: fetched on load like the scripts that import them. */
	preloadedModules: string[];
	inlineStyles: string[];
	islands: PageIsland[];
	inlineHandlers: InlineHandler[];
	/** Elements with a `style` attribute: a hash-based style-src blocks them. */
	styleAttributes: string[];
}

/** `<script type>` values that hold data, not code: CSP does not apply and they cost no JavaScript. */
const executableScriptTypes = new Set(['', 'text/javascript', 'application/javascript', 'module']);

/** Link relations that name other versions of the page, not places to go: hreflang alternates and canonical. */
const metadataRelations = new Set(['canonical', 'alternate']);

function attributes(element: Element): Map<string, string> {
	return new Map(element.attrs.map((attribute) => [attribute.name, attribute.value]));
}

function textOf(node: ParentNode): string {
	return node.childNodes.map((child) => ('value' in child && child.nodeName === '#text' ? child.value : '')).join('');
}

function describeElement(element: Element, attrs: Map<string, string>): string {
	const id = attrs.get('id');
	const className = attrs.get('class')?.trim().split(/\s+/)[0];
	const label = textOf(element).trim().replace(/\s+/g, ' ').slice(0, 40);
	return `<${element.tagName}${id ? `#${id}` : ''}${className ? `.${className}` : ''}>${label ? ` "${label}"` : ''}`;
}

function* walk(node: ParentNode): Generator<Element> {
	for (const child of node.childNodes) {
		if (!('tagName' in child)) continue;
		yield child;
		yield* walk(child);
		if (child.tagName === 'template' && 'content' in child) yield* walk(child.content);
	}
}

/** Reads the facts of a built page from its HTML source. */
export function pageFacts(html: string): PageFacts {
	const document = parse(html);
	const facts: PageFacts = {
		lang: '',
		ids: new Set(),
		references: [],
		scripts: [],
		stylesheets: [],
		preloadedModules: [],
		inlineStyles: [],
		islands: [],
		inlineHandlers: [],
		styleAttributes: [],
	};
	for (const element of walk(document)) {
		const attrs = attributes(element);
		const describe = () => describeElement(element, attrs);
		const tag = element.tagName;
		if (tag === 'html') facts.lang = attrs.get('lang') ?? '';
		const id = attrs.get('id');
		if (id) facts.ids.add(id);
		for (const name of attrs.keys()) {
			if (/^on[a-z]+$/i.test(name)) facts.inlineHandlers.push({ attribute: name, describe: describe() });
		}
		if (attrs.has('style')) facts.styleAttributes.push(describe());

		const relations = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
		const href = attrs.get('href');
		if (href !== undefined && (tag === 'a' || tag === 'area')) {
			facts.references.push({
				element: tag,
				attribute: 'href',
				value: href,
				navigates: true,
				languageSwitch: attrs.has('data-lang-switch'),
				describe: describe(),
			});
		}
		if (href !== undefined && tag === 'link' && !relations.some((relation) => metadataRelations.has(relation))) {
			facts.references.push({ element: tag, attribute: 'href', value: href, navigates: false, languageSwitch: false, describe: describe() });
			if (relations.includes('stylesheet')) facts.stylesheets.push(href);
			if (relations.includes('modulepreload')) facts.preloadedModules.push(href);
		}
		if (tag === 'form') {
			const action = attrs.get('action');
			if (action) {
				facts.references.push({ element: tag, attribute: 'action', value: action, navigates: true, languageSwitch: false, describe: describe() });
			}
		}
		const src = attrs.get('src');
		if (src !== undefined && ['img', 'script', 'iframe', 'source', 'audio', 'video', 'track', 'embed'].includes(tag)) {
			facts.references.push({ element: tag, attribute: 'src', value: src, navigates: false, languageSwitch: false, describe: describe() });
		}
		if (tag === 'script') {
			const type = (attrs.get('type') ?? '').trim().toLowerCase();
			if (executableScriptTypes.has(type)) {
				const kind = type === 'module' ? 'module' : 'classic';
				facts.scripts.push(src !== undefined ? { kind, src } : { kind, inline: textOf(element) });
			}
		}
		if (tag === 'style') facts.inlineStyles.push(textOf(element));
		if (tag === 'astro-island') {
			const componentUrl = attrs.get('component-url');
			if (componentUrl) {
				facts.islands.push({
					client: attrs.get('client') ?? 'load',
					componentUrl,
					rendererUrl: attrs.get('renderer-url') || undefined,
					beforeHydrationUrl: attrs.get('before-hydration-url') || undefined,
					describe: `<astro-island ${attrs.get('component-export') ?? ''} client:${attrs.get('client') ?? '?'} ${componentUrl}>`,
				});
			}
		}
	}
	return facts;
}
