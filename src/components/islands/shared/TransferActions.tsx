import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { Locale } from '../../../i18n/locales';
import type { TransferControlStrings, TransferFileStrings } from '../../../i18n/tools/transfer';
import type { ImportResult } from '../../../lib/storage/export-file';
import { fill, plural } from '../../../lib/text/template';
import { ConfirmQuestion, useConfirmReset } from './confirm-reset';

interface Props {
	locale: Locale;
	strings: TransferControlStrings;
	/** The messages after an export or import, or a loader for them (a page that never exports need not download them). */
	fileStrings: TransferFileStrings | (() => Promise<TransferFileStrings>);
	/** Prefix of the element ids (`cl` gives `cl-import-hint`), so two tools on one page never clash. */
	idPrefix: string;
	/** The section's own class, for the tool's layout and its tests. */
	class: string;
	headingLevel: 2 | 3;
	/** Where the work is kept (this browser only, or not at all). */
	note: string;
	ready: boolean;
	/** Buttons before the others (the contract check's "copy a link"); `say` puts a message in the shared status line. */
	lead?: (say: (message: TransferMessage) => void) => ComponentChildren;
	/** After the status line (the link to copy by hand when the clipboard refuses). */
	footer?: ComponentChildren;
	/** The export file for the current state: its name and text (a promise where the tool loads its file code on demand). */
	exportFile(now: Date): ExportedFile | Promise<ExportedFile>;
	/** Files above this size are refused before they are read. */
	maxImportBytes: number;
	/** Reads an export file's text and, when it can be used, replaces the tool's state with it (a promise: as above). */
	importText(text: string, byteSize: number): ImportResult<unknown> | Promise<ImportResult<unknown>>;
	onReset(): void;
}

interface ExportedFile {
	fileName: string;
	text: string;
}

export interface TransferMessage {
	tone: 'success' | 'error';
	text: string;
}

/**
 * Export, import, print, and a reset that asks first: the checklist's and the contract
 * check's controls, with one message line that says what happened in the page's language.
 * The file is read here, refused by size before reading. Saving a file needs code that no
 * visit without an export uses, so it loads when the button is pressed.
 */
export function TransferActions({
	locale,
	strings: t,
	fileStrings,
	idPrefix,
	class: className,
	headingLevel,
	note,
	ready,
	lead,
	footer,
	exportFile,
	maxImportBytes,
	importText,
	onReset,
}: Props) {
	const [message, setMessage] = useState<TransferMessage | null>(null);
	const fileInput = useRef<HTMLInputElement>(null);
	const confirm = useConfirmReset(() => {
		onReset();
		setMessage({ tone: 'success', text: t.resetDone });
	});
	const id = (name: string) => `${idPrefix}-${name}`;
	const Heading = headingLevel === 2 ? 'h2' : 'h3';

	const loadFileStrings = async () => (typeof fileStrings === 'function' ? fileStrings() : fileStrings);

	async function handleExport() {
		const [{ fileName, text }, { downloadTextFile }, words] = await Promise.all([exportFile(new Date()), import('./save-file'), loadFileStrings()]);
		downloadTextFile(fileName, text, 'application/json');
		setMessage({ tone: 'success', text: fill(words.exported, { file: fileName }) });
	}

	async function readFile(file: File): Promise<ImportResult<unknown>> {
		// Refuse by size before reading: a huge file should cost nothing.
		if (file.size > maxImportBytes) return { ok: false, error: 'too-large' };
		try {
			return await importText(await file.text(), file.size);
		} catch {
			return { ok: false, error: 'read-failed' };
		}
	}

	async function handleFileChosen(input: HTMLInputElement) {
		const file = input.files?.[0];
		// Cleared so choosing the same file again still fires a change.
		input.value = '';
		if (!file) return;
		const [result, words] = await Promise.all([readFile(file), loadFileStrings()]);
		if (!result.ok) {
			setMessage({ tone: 'error', text: words.importErrors[result.error] });
			return;
		}
		const skipped = result.skipped > 0 ? ` ${plural(locale, words.importSkipped, result.skipped)}` : '';
		setMessage({ tone: 'success', text: plural(locale, words.imported, result.restored) + skipped });
	}

	return (
		<section class={`transfer no-print ${className}`} aria-labelledby={id('transfer-heading')}>
			<Heading id={id('transfer-heading')} class="transfer__heading">
				{t.heading}
			</Heading>
			<p class="transfer__note">{note}</p>
			<div class="transfer__row">
				{lead?.(setMessage)}
				<button type="button" class="button button--secondary" disabled={!ready} onClick={() => void handleExport().catch(() => undefined)}>
					{t.exportButton}
				</button>
				<button
					type="button"
					class="button button--secondary"
					disabled={!ready}
					aria-describedby={id('import-hint')}
					onClick={() => fileInput.current?.click()}
				>
					{t.importButton}
				</button>
				<input
					ref={fileInput}
					type="file"
					accept=".json,application/json"
					hidden
					aria-label={t.importButton}
					onChange={(event) => void handleFileChosen(event.currentTarget).catch(() => undefined)}
				/>
				<button type="button" class="button button--secondary" disabled={!ready} onClick={() => window.print()}>
					{t.printButton}
				</button>
				<button
					ref={confirm.triggerRef}
					type="button"
					class="button button--secondary"
					disabled={!ready}
					aria-expanded={confirm.open}
					aria-controls={id('reset-confirm')}
					onClick={confirm.ask}
				>
					{t.resetButton}
				</button>
			</div>
			<p id={id('import-hint')} class="transfer__hint">
				{t.importHint}
			</p>
			<ConfirmQuestion id={id('reset-confirm')} confirm={confirm} question={t.resetQuestion} yes={t.resetConfirm} no={t.resetCancel} />
			<p class={`transfer__message transfer__message--${message?.tone ?? 'none'} ${idPrefix}-message`} role="status" data-message>
				{message?.text}
			</p>
			{footer}
		</section>
	);
}
