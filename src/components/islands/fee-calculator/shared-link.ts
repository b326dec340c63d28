/**
 * What the calculator needs only when the page was opened from a shared
 * link: the decoder and the message about anything it had to ignore. The
 * island loads this on demand, so a plain visit does not pay for it.
 */
export { decodeState } from '../../../lib/fees/url-decode';
export { LinkIssues } from './LinkIssues';
/** The copy-by-hand box, for a browser that refuses the clipboard: rare, so it waits here too. */
export { ManualLink } from '../shared/copy-link';
