import { describe, expect, it } from 'vitest';
import { chooseOption, emptyState } from '../../../../src/lib/contract-check/state';
import { buildExport, contractCheckExportFormat, importContractCheck } from '../../../../src/lib/contract-check/transfer';
import { exportFileName, serializeExport } from '../../../../src/lib/storage/export-file';
import { topics } from './fixtures';

const now = new Date('2026-12-06T09:30:00.000Z');
const state = chooseOption(chooseOption(emptyState(), 'fee-refund', 'non-refundable'), 'retired-topic', 'absent');

describe('contract check export and import', () => {
	it('exports a marked, versioned file that imports back to the same answers', () => {
		const text = serializeExport(buildExport(state, 'zh', now));
		expect(JSON.parse(text)).toEqual({
			format: 'tmall-guide-contract-check',
			version: 1,
			locale: 'zh',
			exportedAt: '2026-12-06T09:30:00.000Z',
			answers: { 'fee-refund': { option: 'non-refundable', value: '' }, 'retired-topic': { option: 'absent', value: '' } },
		});
		// The answer to a topic this release does not have is kept, but not counted as restored.
		expect(importContractCheck(text, topics)).toEqual({ ok: true, state, restored: 1, skipped: 0 });
	});

	it('names the file by the local date', () => {
		expect(exportFileName(contractCheckExportFormat, new Date(2026, 0, 5, 23, 59))).toBe('tmall-contract-check-2026-01-05.json');
	});

	// Files that are not exports at all are tested once for every tool in test/unit/lib/storage/export-file.test.ts.
	it.each([
		['JSON without the marker', '{"version":1,"answers":{}}', 'not-ours'],
		['the checklist’s export', '{"format":"tmall-guide-checklist","version":2,"items":{}}', 'not-ours'],
		['a newer export', '{"format":"tmall-guide-contract-check","version":9,"answers":{}}', 'newer-version'],
		['an export without answers', '{"format":"tmall-guide-contract-check","version":1}', 'invalid-body'],
	])('refuses %s with a reason', (_label, text, error) => {
		expect(importContractCheck(text, topics)).toEqual({ ok: false, error });
	});

	it('refuses a file by its size before reading it', () => {
		expect(importContractCheck('{}', topics, 64 * 1024 + 1)).toEqual({ ok: false, error: 'too-large' });
	});
});
