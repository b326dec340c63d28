import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../../i18n/locales';
import type { ContractCheckActionStrings } from '../../../i18n/tools/contract-check-actions';
import { pluralText } from '../../../i18n/tools/contract-check';
import { fillTemplate } from '../../../i18n/ui';
import type { ImportResult } from '../../../lib/contract-check/transfer';

interface Props {
	locale: Locale;
	strings: ContractCheckActionStrings;
	ready: boolean;
	storageAvailable: boolean;
	shareUrl: () => string;
	/** Downloads the export file and returns its name. */
	onExport: () => string;
	onImport: (file: File) => Promise<ImportResult>;
	onReset: () => void;
}

interface Message {
	tone: 'success' | 'error';
	text: string;
}

/** Copy a link, export, import, print, and a reset that asks first (on the page, not in a browser dialog). */
export function Actions({ locale, strings, ready, storageAvailable, shareUrl, onExport, onImport, onReset }: Props) {
	const t = strings.actions;
	const [message, setMessage] = useState<Message | null>(null);
	const [manualUrl, setManualUrl] = useState('');
	const [confirming, setConfirming] = useState(false);
	const fileInput = useRef<HTMLInputElement>(null);
	const resetButton = useRef<HTMLButtonElement>(null);
	const question = useRef<HTMLDivElement>(null);
	const manual = useRef<HTMLInputElement>(null);

	// While the question is open, Escape answers "no", as in a dialog; from the moment it is drawn.
	useLayoutEffect(() => {
		if (!confirming) return;
		question.current?.focus();
		const onKeyDown = (event: KeyboardEvent) => {
			if (event.key === 'Escape') finishReset(false);
		};
		document.addEventListener('keydown', onKeyDown);
		return () => document.removeEventListener('keydown', onKeyDown);
	}, [confirming]);

	useEffect(() => {
		if (manualUrl) manual.current?.select();
	}, [manualUrl]);

	async function copyLink() {
		const url = shareUrl();
		try {
			if (!navigator.clipboard) throw new Error('no clipboard');
			await navigator.clipboard.writeText(url);
			setManualUrl('');
			setMessage({ tone: 'success', text: t.copied });
		} catch {
			setManualUrl(url);
			setMessage({ tone: 'error', text: t.copyFailed });
		}
	}

	function handleExport() {
		setMessage({ tone: 'success', text: fillTemplate(t.exported, { file: onExport() }) });
	}

	async function handleFileChosen(input: HTMLInputElement) {
		const file = input.files?.[0];
		// Cleared so choosing the same file again still fires a change.
		input.value = '';
		if (!file) return;
		const result = await onImport(file);
		if (!result.ok) {
			setMessage({ tone: 'error', text: t.importErrors[result.error] });
			return;
		}
		const skipped = result.skipped > 0 ? ` ${pluralText(locale, t.importSkipped, result.skipped)}` : '';
		setMessage({ tone: 'success', text: pluralText(locale, t.imported, result.restored) + skipped });
	}

	function finishReset(confirmed: boolean) {
		if (confirmed) {
			onReset();
			setMessage({ tone: 'success', text: t.resetDone });
		}
		setConfirming(false);
		resetButton.current?.focus();
	}

	return (
		<section class="cc-actions no-print" aria-labelledby="cc-actions-heading">
			<h3 id="cc-actions-heading">{t.heading}</h3>
			<p class="cc-actions__note">{storageAvailable ? t.savedLocally : t.notSaved}</p>
			<div class="cc-actions__row">
				<button type="button" class="button" disabled={!ready} onClick={() => void copyLink()}>
					{t.copyLink}
				</button>
				<button type="button" class="button button--secondary" disabled={!ready} onClick={handleExport}>
					{t.exportButton}
				</button>
				<button type="button" class="button button--secondary" disabled={!ready} aria-describedby="cc-import-hint" onClick={() => fileInput.current?.click()}>
					{t.importButton}
				</button>
				<input
					ref={fileInput}
					type="file"
					accept=".json,application/json"
					hidden
					aria-label={t.importButton}
					onChange={(event) => void handleFileChosen(event.currentTarget)}
				/>
				<button type="button" class="button button--secondary" disabled={!ready} onClick={() => window.print()}>
					{t.printButton}
				</button>
				<button
					ref={resetButton}
					type="button"
					class="button button--secondary cc-actions__reset"
					disabled={!ready}
					aria-expanded={confirming}
					aria-controls="cc-reset-confirm"
					onClick={() => setConfirming(true)}
				>
					{t.resetButton}
				</button>
			</div>
			<p id="cc-import-hint" class="cc-actions__hint">
				{t.importHint}
			</p>
			<div id="cc-reset-confirm" ref={question} class="cc-confirm" role="group" aria-labelledby="cc-reset-question" tabIndex={-1} hidden={!confirming}>
				<p id="cc-reset-question">{t.resetQuestion}</p>
				<div class="cc-actions__row">
					<button type="button" class="button cc-confirm__yes" onClick={() => finishReset(true)}>
						{t.resetConfirm}
					</button>
					<button type="button" class="button button--secondary" onClick={() => finishReset(false)}>
						{t.resetCancel}
					</button>
				</div>
			</div>
			<p class={`cc-message cc-message--${message?.tone ?? 'none'}`} role="status" data-message>
				{message?.text}
			</p>
			{manualUrl && (
				<p class="cc-actions__manual">
					<label for="cc-share-url">{t.linkLabel}</label>
					<input ref={manual} id="cc-share-url" type="text" readOnly value={manualUrl} />
				</p>
			)}
		</section>
	);
}
