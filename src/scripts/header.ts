/**
 * Header behaviour: theme choice, the mobile menu and the search dialog.
 * Kept as plain DOM code because it runs on every page and must stay tiny.
 */

type ThemeChoice = 'system' | 'light' | 'dark';
const themeKey = 'theme';
const darkQuery = window.matchMedia('(prefers-color-scheme: dark)');

function readThemeChoice(): ThemeChoice {
	try {
		const saved = localStorage.getItem(themeKey);
		return saved === 'light' || saved === 'dark' ? saved : 'system';
	} catch {
		return 'system';
	}
}

function applyTheme(choice: ThemeChoice) {
	const resolved = choice === 'system' ? (darkQuery.matches ? 'dark' : 'light') : choice;
	document.documentElement.dataset.theme = resolved;
}

function setUpThemeSelect() {
	const select = document.querySelector<HTMLSelectElement>('[data-theme-select]');
	if (!select) return;
	select.value = readThemeChoice();
	select.addEventListener('change', () => {
		const choice = select.value as ThemeChoice;
		try {
			if (choice === 'system') localStorage.removeItem(themeKey);
			else localStorage.setItem(themeKey, choice);
		} catch {
			// Private browsing can refuse storage; the theme still applies to this page.
		}
		applyTheme(choice);
	});
	darkQuery.addEventListener('change', () => applyTheme(readThemeChoice()));
}

function setUpMenu() {
	const toggle = document.querySelector<HTMLButtonElement>('[data-menu-toggle]');
	const menu = document.getElementById('site-menu');
	if (!toggle || !menu) return;
	const openLabel = toggle.querySelector<HTMLElement>('[data-menu-label-open]')!;
	const closeLabel = toggle.querySelector<HTMLElement>('[data-menu-label-close]')!;
	const setOpen = (open: boolean) => {
		toggle.setAttribute('aria-expanded', String(open));
		menu.classList.toggle('is-open', open);
		openLabel.hidden = open;
		closeLabel.hidden = !open;
	};
	toggle.addEventListener('click', () => setOpen(toggle.getAttribute('aria-expanded') !== 'true'));
	document.addEventListener('keydown', (event) => {
		if (event.key === 'Escape' && toggle.getAttribute('aria-expanded') === 'true') {
			setOpen(false);
			toggle.focus();
		}
	});
}

function setUpSearchDialog() {
	const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
	if (!dialog) return;
	const open = async () => {
		if (!dialog.open) dialog.showModal();
		// Search code, and the code that brings the search form into the dialog, load when a reader first asks for them, not with every page.
		const [input] = await Promise.all([import('./search-dialog').then(({ borrowSearchForm }) => borrowSearchForm(dialog)), import('./site-search')]);
		if (!input) {
			// Without the form, the search page itself still works.
			location.assign(dialog.dataset.searchPageUrl!);
			return;
		}
		// A reader already typing in the form (it shows before the search code has loaded) keeps their text as it is.
		if (document.activeElement === input) return;
		input.focus();
		input.select();
	};
	const isMac = /Mac|iPhone|iPad/.test(navigator.platform);
	const hint = document.querySelector<HTMLElement>('[data-shortcut-hint]');
	if (hint && isMac) hint.textContent = '⌘ K';
	document.querySelectorAll('[data-search-open]').forEach((button) => button.addEventListener('click', () => void open()));
	dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
	// A click on the backdrop lands on the dialog element itself.
	dialog.addEventListener('click', (event) => {
		if (event.target === dialog) dialog.close();
	});
	document.addEventListener('keydown', (event) => {
		if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
			event.preventDefault();
			if (dialog.open) dialog.close();
			else void open();
		}
	});
}

/**
 * The tools keep their state in the address; switching language keeps it too, and so does a
 * link to another tool that reads the same figures (the fee calculator's "plan the first year").
 * Both are marked `data-carry-query`.
 */
function carryStateAcrossLanguages() {
	document.querySelectorAll<HTMLAnchorElement>('[data-carry-query]').forEach((link) =>
		link.addEventListener('click', () => {
			link.search = location.search;
		}),
	);
}

setUpThemeSelect();
setUpMenu();
setUpSearchDialog();
carryStateAcrossLanguages();
