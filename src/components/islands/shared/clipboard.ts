/**
 * Puts text on the clipboard; false where the browser refuses (older browsers, pages not
 * served over HTTPS, a denied permission), so the caller can show the link to copy by hand
 * (`ManualLink` in copy-link.tsx). No framework and no CSS, so the compact calculator can use it.
 */
export async function copyToClipboard(text: string): Promise<boolean> {
	try {
		if (!navigator.clipboard) return false;
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		return false;
	}
}
