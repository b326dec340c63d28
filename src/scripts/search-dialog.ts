/*
 * The header's search dialog, the part that runs only when a reader opens it: header.ts loads
 * this module on the first open, so no page carries it on load.
 */

/**
 * Fetches the search page once and moves its search form into the dialog.
 * Resolves to the form's input, or undefined when the page could not be read.
 */
async function borrowSearchForm(dialog: HTMLDialogElement): Promise<HTMLInputElement | undefined> {
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

/** Opens the dialog and, once the search code has loaded, puts the reader in its search box. */
export async function openSearchDialog(dialog: HTMLDialogElement): Promise<void> {
	if (!dialog.open) dialog.showModal();
	// Search code loads when a reader first asks for it, not with every page.
	const [input] = await Promise.all([borrowSearchForm(dialog), import('./site-search')]);
	if (!input) {
		// Without the form, the search page itself still works.
		location.assign(dialog.dataset.searchPageUrl!);
		return;
	}
	// A reader already typing in the form (it shows before the search code has loaded) keeps their text as it is.
	if (document.activeElement === input) return;
	input.focus();
	input.select();
}
