import { checklistStringsZh } from '../../i18n/tools/checklist-zh';
import Checklist, { type ChecklistProps } from './Checklist';

/** The messages after an export or import, loaded when one of those buttons is used. */
const loadFileStrings = () => import('../../i18n/tools/checklist-files-zh').then((module) => module.checklistFileStringsZh);

/**
 * The checklist island with the Chinese strings bundled: bundled rather than passed as props, which
 * would cost the page about 1 KB of HTML, and one language only, so the page never downloads the other.
 */
export default function ChecklistZh(props: ChecklistProps) {
	return <Checklist {...props} strings={checklistStringsZh} loadFileStrings={loadFileStrings} />;
}
