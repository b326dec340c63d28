import { useRef, useState } from 'preact/hooks';
import type { Locale } from '../../../i18n/locales';
import type { ChecklistStrings } from '../../../i18n/tools/checklist';
import { fill, plural } from '../../../lib/text/template';
import { ConfirmQuestion, useConfirmReset } from '../shared/confirm-reset';
import type { ImportResult } from '../../../lib/checklist/transfer';

interface Props {
	locale: Locale;
	strings: ChecklistStrings;
	ready: boolean;
	/** Downloads the export file and returns its name. */
	onExport: () => string;
	onImport: (file: File) => Promise<ImportResult>;
	onReset: () => void;
}

interface Message {
	tone: 'success' | 'error';
	text: string;
}

/** Export, import, print and a reset that asks first. */
export function TransferControls({ locale, strings, ready, onExport, onImport, onReset }: Props) {
	const t = strings.tools;
	const [message, setMessage] = useState<Message | null>(null);
	const fileInput = useRef<HTMLInputElement>(null);
	const confirm = useConfirmReset(() => {
		onReset();
		setMessage({ tone: 'success', text: t.resetDone });
	});

	function handleExport() {
		const fileName = onExport();
		setMessage({ tone: 'success', text: fill(t.exported, { file: fileName }) });
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
		const restored = plural(locale, t.imported, result.restored);
		const skipped = result.skipped > 0 ? ` ${plural(locale, t.importSkipped, result.skipped)}` : '';
		setMessage({ tone: 'success', text: restored + skipped });
	}

	return (
		<section class="cl-tools no-print" aria-labelledby="cl-tools-heading">
			<h2 id="cl-tools-heading" class="cl-tools__heading">
				{t.heading}
			</h2>
			<p class="cl-tools__note">{strings.savedLocally}</p>
			<div class="cl-tools__row">
				<button type="button" class="button button--secondary" disabled={!ready} onClick={handleExport}>
					{t.exportButton}
				</button>
				<button
					type="button"
					class="button button--secondary"
					disabled={!ready}
					aria-describedby="cl-import-hint"
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
					onChange={(event) => void handleFileChosen(event.currentTarget)}
				/>
				<button type="button" class="button button--secondary" disabled={!ready} onClick={() => window.print()}>
					{t.printButton}
				</button>
				<button
					ref={confirm.triggerRef}
					type="button"
					class="button button--secondary cl-tools__reset"
					disabled={!ready}
					aria-expanded={confirm.open}
					aria-controls="cl-reset-confirm"
					onClick={confirm.ask}
				>
					{t.resetButton}
				</button>
			</div>
			<p id="cl-import-hint" class="cl-tools__hint">
				{t.importHint}
			</p>
			<ConfirmQuestion id="cl-reset-confirm" confirm={confirm} question={t.resetQuestion} yes={t.resetConfirm} no={t.resetCancel} />
			<p class={`cl-message cl-message--${message?.tone ?? 'none'}`} role="status">
				{message?.text}
			</p>
		</section>
	);
}
