import { orderResults, planSearch, tidyExcerpt } from '../lib/search/queries';
import { normalizeSubject, rankBySubject } from '../lib/search/subjects';

interface PagefindResult {
	id: string;
	data: () => Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
	search: (query: string | null, options?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] } | null>;
	filters: () => Promise<Record<string, Record<string, number>>>;
	options?: (options: Record<string, unknown>) => Promise<void>;
}

interface Messages {
	noResults: string;
	resultsOne: string;
	resultsMany: string;
	loading: string;
	unavailable: string;
}

const maxResults = 12;
let pagefindPromise: Promise<Pagefind | null> | undefined;

/** Pagefind exists only in the built site, so it is loaded on first use, never bundled. */
function loadPagefind(): Promise<Pagefind | null> {
	const url = '/pagefind/pagefind.js';
	pagefindPromise ??= import(/* @vite-ignore */ url).then(
		(module: Pagefind) => module,
		() => null,
	);
	return pagefindPromise;
}

/** Pagefind's excerpts are built from our own pages; only its <mark> tags are kept. */
function excerptNodes(excerpt: string): Node[] {
	const nodes: Node[] = [];
	const parts = tidyExcerpt(excerpt).split(/(<mark>.*?<\/mark>)/g);
	for (const part of parts) {
		const marked = /^<mark>(.*)<\/mark>$/.exec(part);
		const text = (marked ? marked[1] : part) ?? '';
		const plain = new DOMParser().parseFromString(text, 'text/html').body.textContent ?? '';
		if (marked) {
			const mark = document.createElement('mark');
			mark.textContent = plain;
			nodes.push(mark);
		} else {
			nodes.push(document.createTextNode(plain));
		}
	}
	return nodes;
}

/**
 * The guide page whose subject the reader typed, if any. Each guide page
 * declares its subjects as a Pagefind filter (GuideShell), so the query is
 * looked up among the filter values instead of ranked by word counts.
 */
let filtersPromise: Promise<Record<string, Record<string, number>>> | undefined;

async function subjectSearch(pagefind: Pagefind, input: string) {
	const subject = normalizeSubject(input);
	if (!subject) return null;
	filtersPromise ??= pagefind.filters().catch(() => ({}));
	const filters = await filtersPromise;
	if (!filters.subject || !Object.hasOwn(filters.subject, subject)) return null;
	return pagefind.search(null, { filters: { subject } });
}

class SiteSearch extends HTMLElement {
	#input!: HTMLInputElement;
	#status!: HTMLElement;
	#results!: HTMLOListElement;
	#messages!: Messages;
	#latest = 0;
	#timer: number | undefined;

	connectedCallback() {
		this.#input = this.querySelector('[data-search-input]')!;
		this.#status = this.querySelector('[data-search-status]')!;
		this.#results = this.querySelector('[data-search-results]')!;
		this.#messages = JSON.parse(this.dataset.messages ?? '{}') as Messages;
		this.querySelector('form')!.addEventListener('submit', (event) => {
			event.preventDefault();
			void this.run(this.#input.value);
		});
		this.#input.addEventListener('input', () => {
			window.clearTimeout(this.#timer);
			this.#timer = window.setTimeout(() => void this.run(this.#input.value), 180);
		});
		this.#input.addEventListener('focus', () => void loadPagefind(), { once: true });
		const initial = this.dataset.searchPage ? (new URLSearchParams(location.search).get('q') ?? '') : '';
		if (initial) this.#input.value = initial;
		// The header's dialog shows the form while this code is still loading: what a reader typed meanwhile is searched too.
		if (this.#input.value.trim()) void this.run(this.#input.value);
	}

	async run(input: string) {
		const ticket = ++this.#latest;
		const plan = planSearch(input);
		if (this.dataset.searchPage) {
			const url = new URL(location.href);
			if (input.trim()) url.searchParams.set('q', input.trim());
			else url.searchParams.delete('q');
			history.replaceState(null, '', url);
		}
		if (!plan) {
			this.#results.replaceChildren();
			this.#status.textContent = '';
			return;
		}
		this.#status.textContent = this.#messages.loading;
		const pagefind = await loadPagefind();
		if (ticket !== this.#latest) return;
		if (!pagefind) {
			this.#status.textContent = this.#messages.unavailable;
			return;
		}
		const [ranked, phrase, subject] = await Promise.all([
			pagefind.search(plan.ranked),
			plan.phrase ? pagefind.search(plan.phrase) : Promise.resolve(null),
			subjectSearch(pagefind, input),
		]);
		const byId = new Map<string, PagefindResult>();
		// Text hits last, so their excerpts (with the query marked) win over the subject search's.
		for (const result of [...(subject?.results ?? []), ...(ranked?.results ?? []), ...(phrase?.results ?? [])]) {
			byId.set(result.id, result);
		}
		const idsOf = (response: typeof ranked) => (response?.results ?? []).map((result) => result.id);
		const ids = rankBySubject(orderResults(idsOf(ranked), phrase ? idsOf(phrase) : undefined), idsOf(subject));
		const top = await Promise.all(ids.slice(0, maxResults).map((id) => byId.get(id)!.data()));
		if (ticket !== this.#latest) return;
		this.render(top, ids.length);
	}

	render(results: Awaited<ReturnType<PagefindResult['data']>>[], total: number) {
		const items = results.map((result) => {
			const item = document.createElement('li');
			item.className = 'site-search__result';
			const link = document.createElement('a');
			link.href = result.url;
			link.textContent = result.meta.title ?? result.url;
			const excerpt = document.createElement('p');
			excerpt.append(...excerptNodes(result.excerpt));
			item.append(link, excerpt);
			return item;
		});
		this.#results.replaceChildren(...items);
		this.#status.textContent =
			total === 0 ? this.#messages.noResults : total === 1 ? this.#messages.resultsOne : this.#messages.resultsMany.replace('{count}', String(total));
	}
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
