import type { Locale } from '../../../i18n/locales';
import { pluralText } from '../../../i18n/tools/contract-check';
import { contractCheckActionStrings } from '../../../i18n/tools/contract-check-actions';
import type { TopicOutline } from '../../../lib/contract-check/rules';
import type { ContractCheckState } from '../../../lib/contract-check/state';
import { buildExport, exportFileName, importContractCheck, maxImportBytes, serializeExport, type ImportResult } from '../../../lib/contract-check/transfer';
import { buildShareUrl, type LinkIssue } from '../../../lib/contract-check/url';
import { downloadTextFile } from '../checklist/download';
import { Actions } from './Actions';

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
	notices: Notice[];
	storageAvailable: boolean;
	onOpenSaved(): void;
}

export function Notices({ locale, notices, storageAvailable, onOpenSaved }: NoticesProps) {
	const t = contractCheckActionStrings[locale].notices;
	return (
		<>
			{notices.map((notice) => {
				if (notice.kind === 'shared') {
					const counts = issueOrder.map((kind) => [kind, notice.issues.filter((issue) => issue === kind).length] as const).filter(([, count]) => count > 0);
					return (
						<div key="shared" class="cc-notice cc-notice--info" role="status" data-notice="shared">
							<p>{t.shared}</p>
							{counts.length > 0 && (
								<ul>
									{counts.map(([kind, count]) => (
										<li key={kind}>{pluralText(locale, t.linkIssues[kind], count)}</li>
									))}
								</ul>
							)}
							{notice.hasSaved && (
								<button type="button" class="button button--secondary" onClick={onOpenSaved}>
									{t.openSaved}
								</button>
							)}
						</div>
					);
				}
				const text =
					notice.kind === 'link-unsupported'
						? t.linkUnsupported
						: notice.kind === 'recovered'
							? pluralText(locale, t.recovered, notice.dropped)
							: t.reset[notice.problem];
				return (
					<p key={notice.kind} class={`cc-notice cc-notice--${notice.kind === 'reset' ? 'error' : 'warning'}`} role="alert" data-notice={notice.kind}>
						{text}
					</p>
				);
			})}
			{!storageAvailable && (
				<p class="cc-notice cc-notice--warning" role="alert" data-notice="storage-unavailable">
					{t.storageUnavailable}
				</p>
			)}
		</>
	);
}

interface ControlsProps {
	locale: Locale;
	topics: TopicOutline[];
	ready: boolean;
	storageAvailable: boolean;
	getState(): ContractCheckState;
	/** Replaces the answers (an import) and clears the notices. */
	replace(next: ContractCheckState): void;
}

export function Controls({ locale, topics, ready, storageAvailable, getState, replace }: ControlsProps) {
	function handleExport(): string {
		const now = new Date();
		const fileName = exportFileName(now);
		downloadTextFile(fileName, serializeExport(buildExport(getState(), locale, now)), 'application/json');
		return fileName;
	}

	async function handleImport(file: File): Promise<ImportResult> {
		// Refuse by size before reading: a huge file should cost nothing.
		if (file.size > maxImportBytes) return { ok: false, error: 'too-large' };
		let text: string;
		try {
			text = await file.text();
		} catch {
			return { ok: false, error: 'read-failed' };
		}
		const result = importContractCheck(text, topics, file.size);
		if (result.ok) replace(result.state);
		return result;
	}

	return (
		<Actions
			locale={locale}
			strings={contractCheckActionStrings[locale]}
			ready={ready}
			storageAvailable={storageAvailable}
			shareUrl={() => buildShareUrl(window.location.href, topics, getState())}
			onExport={handleExport}
			onImport={handleImport}
			onReset={() => replace({ answers: {} })}
		/>
	);
}
