import type { Locale } from '../../../i18n/locales';
import type { ContractCheckActionStrings } from '../../../i18n/tools/contract-check-actions';
import type { TopicOutline } from '../../../lib/contract-check/rules';
import type { ContractCheckState } from '../../../lib/contract-check/state';
import { buildExport, contractCheckExportFormat, importContractCheck } from '../../../lib/contract-check/transfer';
import { buildShareUrl, type LinkIssue } from '../../../lib/contract-check/url';
import { exportFileName, serializeExport } from '../../../lib/storage/export-file';
import { plural } from '../../../lib/text/template';
import { useEffect, useState } from 'preact/hooks';
import { copyToClipboard } from '../shared/clipboard';
import { ManualLink } from '../shared/copy-link';
import { Notice as NoticeBox } from '../shared/Notice';
import { TransferActions } from '../shared/TransferActions';

/**
 * The parts of the contract check that are not needed to read the marks:
 * notices about a link or saved data, and the save, share, print and reset
 * controls. The island loads this module after it wakes, which keeps the
 * page's first JavaScript within budget.
 */
export type Notice =
	| { kind: 'shared'; issues: LinkIssue[]; hasSaved: boolean }
	| { kind: 'link-unsupported' }
	| { kind: 'recovered'; dropped: number }
	| { kind: 'reset'; problem: 'damaged' | 'newer' };

const issueOrder: LinkIssue[] = ['topic-dropped', 'option-dropped', 'value-dropped', 'parameter-ignored'];

interface NoticesProps {
	locale: Locale;
	/** The page's language's words, loaded with this module (ContractCheck.tsx). */
	actions: ContractCheckActionStrings;
	notices: Notice[];
	storageAvailable: boolean;
	onOpenSaved(): void;
}

export function Notices({ locale, actions, notices, storageAvailable, onOpenSaved }: NoticesProps) {
	const t = actions.notices;
	return (
		<>
			{notices.map((notice) => {
				if (notice.kind === 'shared') {
					const counts = issueOrder.map((kind) => [kind, notice.issues.filter((issue) => issue === kind).length] as const).filter(([, count]) => count > 0);
					return (
						<NoticeBox key="shared" tone="info" role="status" data-notice="shared">
							<p>{t.shared}</p>
							{counts.length > 0 && (
								<ul>
									{counts.map(([kind, count]) => (
										<li key={kind}>{plural(locale, t.linkIssues[kind], count)}</li>
									))}
								</ul>
							)}
							{notice.hasSaved && (
								<button type="button" class="button button--secondary" onClick={onOpenSaved}>
									{t.openSaved}
								</button>
							)}
						</NoticeBox>
					);
				}
				const text =
					notice.kind === 'link-unsupported'
						? t.linkUnsupported
						: notice.kind === 'recovered'
							? plural(locale, t.recovered, notice.dropped)
							: t.reset[notice.problem];
				return (
					<NoticeBox key={notice.kind} tone={notice.kind === 'reset' ? 'error' : 'warning'} role="alert" data-notice={notice.kind}>
						<p>{text}</p>
					</NoticeBox>
				);
			})}
			{!storageAvailable && (
				<NoticeBox tone="warning" role="alert" data-notice="storage-unavailable">
					<p>{t.storageUnavailable}</p>
				</NoticeBox>
			)}
		</>
	);
}

interface ControlsProps {
	locale: Locale;
	actions: ContractCheckActionStrings;
	topics: TopicOutline[];
	ready: boolean;
	storageAvailable: boolean;
	getState(): ContractCheckState;
	/** Replaces the answers (an import) and clears the notices. */
	replace(next: ContractCheckState): void;
}

export function Controls({ locale, actions, topics, ready, storageAvailable, getState, replace }: ControlsProps) {
	const t = actions.actions;
	/** The link, shown to copy by hand, when the clipboard refused it. */
	const [manualUrl, setManualUrl] = useState('');

	useEffect(() => {
		if (manualUrl) document.getElementById('cc-share-url')?.focus();
	}, [manualUrl]);

	function importText(text: string, byteSize: number) {
		const result = importContractCheck(text, topics, byteSize);
		if (result.ok) replace(result.state);
		return result;
	}

	return (
		<TransferActions
			locale={locale}
			strings={t}
			fileStrings={t}
			idPrefix="cc"
			class="cc-actions"
			headingLevel={3}
			note={storageAvailable ? t.savedLocally : t.notSaved}
			ready={ready}
			lead={(say) => (
				<button
					type="button"
					class="button"
					disabled={!ready}
					onClick={async () => {
						const url = buildShareUrl(window.location.href, topics, getState());
						const copied = await copyToClipboard(url);
						setManualUrl(copied ? '' : url);
						say(copied ? { tone: 'success', text: t.copied } : { tone: 'error', text: t.copyFailed });
					}}
				>
					{t.copyLink}
				</button>
			)}
			footer={manualUrl && <ManualLink id="cc-share-url" label={t.linkLabel} url={manualUrl} />}
			exportFile={(now) => ({ fileName: exportFileName(contractCheckExportFormat, now), text: serializeExport(buildExport(getState(), locale, now)) })}
			maxImportBytes={contractCheckExportFormat.maxBytes}
			importText={importText}
			onReset={() => replace({ answers: {} })}
		/>
	);
}
