import type { Locale } from '../locale';
import { exportHeader, importExportFile, type ExportFormat, type ExportHeader, type ImportResult } from '../storage/export-file';
import { maxSavedTextLength, readSavedDocument, savedFormatVersion } from './saved-format';
import { getAnswer, type Answer, type ContractCheckState } from './state';
import type { TopicOutline } from './rules';

/** Export files carry a check to another computer or a colleague (src/lib/storage/export-file.ts). */
export const contractCheckExportFormat = {
	marker: 'tmall-guide-contract-check',
	fileStem: 'tmall-contract-check',
	maxBytes: maxSavedTextLength,
} as const satisfies ExportFormat;

export interface ContractCheckExport extends ExportHeader<typeof contractCheckExportFormat.marker> {
	answers: Record<string, Answer>;
}

export function buildExport(state: ContractCheckState, locale: Locale, now: Date): ContractCheckExport {
	return { ...exportHeader(contractCheckExportFormat.marker, savedFormatVersion, locale, now), answers: { ...state.answers } };
}

/** Reads an export file; `restored` counts the current topics that came back with one of their options. */
export function importContractCheck(text: string, topics: readonly TopicOutline[], byteSize: number = text.length): ImportResult<ContractCheckState> {
	return importExportFile(
		text,
		contractCheckExportFormat,
		readSavedDocument,
		(state) =>
			topics.filter((topic) => {
				const answer = getAnswer(state, topic.id);
				return answer !== undefined && topic.options.some((option) => option.id === answer.option);
			}).length,
		byteSize,
	);
}
