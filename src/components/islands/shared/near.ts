/**
 * How far ahead of the screen a part starts loading: one screen's height, so that someone
 * scrolling down finds it ready.
 */
const AHEAD = '100% 0px';

/**
 * Calls `near` when one of the elements comes within a screen of the visible part of the page, or
 * when the page is about to be printed (a printout cannot wait for a download; it starts one, so
 * the next printout has the part). It may be called more than once. Returns how to stop watching.
 */
export function whenNear(elements: Iterable<Element>, near: () => void): () => void {
	const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && near(), { rootMargin: AHEAD });
	for (const element of elements) observer.observe(element);
	addEventListener('beforeprint', near);
	return () => {
		observer.disconnect();
		removeEventListener('beforeprint', near);
	};
}
