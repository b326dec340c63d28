import { checklistStringsEn } from '../../i18n/tools/checklist-en';
import Checklist, { type ChecklistProps } from './Checklist';

/** The messages after an export or import, loaded when one of those buttons is used. */
const loadFileStrings = () => import('../../i18n/tools/checklist-files-en').then((module) => module.checklistFileStringsEn);

/**
 * The checklist island with the English strings bundled: bundled rather than passed as props, which
 * would cost the page about 1 KB of HTML, and one language only, so the page never downloads the other.
 */
export default function ChecklistEn(props: ChecklistProps) {
	return <Checklist {...props} strings={checklistStringsEn} loadFileStrings={loadFileStrings} />;
}
