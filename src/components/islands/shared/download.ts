/**
 * Offers text to the user as a file download. A temporary object URL and
 * link work in every current browser without a server round trip.
 */
export function downloadTextFile(fileName: string, text: string, mimeType: string): void {
	const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	// Revoking at once can cancel the download in some browsers; a minute is ample.
	window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
