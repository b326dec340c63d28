/*
 * The header's search dialog, the part that runs only when a reader opens it (header.ts loads
 * this on demand, with the search code), so no page carries it on load.
 */

/**
 * Fetches the search page once and moves its search form into the dialog.
 * Resolves to the form's input, or undefined when the page could not be read.
 */
export async function borrowSearchForm(dialog: HTMLDialogElement): Promise<HTMLInputElement | undefined> {
	const slot = dialog.querySelector<HTMLElement>('[data-search-slot]')!;
	const existing = slot.querySelector<HTMLInputElement>('[data-search-input]');
	if (existing) return existing;
	try {
		const response = await fetch(dialog.dataset.searchPageUrl!);
		const page = new DOMParser().parseFromString(await response.text(), 'text/html');
		const search = page.querySelector<HTMLElement>('site-search');
		if (!response.ok || !search) return undefined;
		// In the dialog the form must not read or rewrite the page's own address.
		search.removeAttribute('data-search-page');
		const input = search.querySelector<HTMLInputElement>('[data-search-input]')!;
		input.id = 'search-dialog-input';
		search.querySelector('label')?.setAttribute('for', input.id);
		slot.replaceChildren(document.adoptNode(search));
		return slot.querySelector<HTMLInputElement>('[data-search-input]') ?? undefined;
	} catch {
		return undefined;
	}
}
