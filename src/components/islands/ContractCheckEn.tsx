import strings from '../../i18n/tools/contract-check-en';
import ContractCheck, { type ContractCheckProps } from './ContractCheck';

/** The words of the notices and controls, loaded with them after the island wakes. */
const loadActions = () => import('../../i18n/tools/contract-check-actions-en').then((module) => module.default);

/**
 * The contract check island with its English words bundled: bundled rather than passed as props, which
 * would cost the page's HTML (the Chinese page is at its budget), and one language only, so the page
 * never downloads the other.
 */
export default function ContractCheckEn(props: ContractCheckProps) {
	return <ContractCheck {...props} strings={strings} loadActions={loadActions} />;
}
