/**
 * What the checklist needs only to make or read an export file: loaded when the export or
 * import button is used, so a visit that never moves its checklist does not download it.
 */
export { buildExport, checklistExportFormat, importChecklist } from '../../../lib/checklist/transfer';
export { exportFileName, serializeExport } from '../../../lib/storage/export-file';
