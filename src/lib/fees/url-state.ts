/**
 * The calculator's state as a URL query — a public contract: links people
 * have shared must keep opening the same figures. Format (docs/fee-calculator-url.md):
 *
 *   ?v=1&gmv=1000000&months=12&refund=10&growth=2&margin=40&pfee=5&inhouse=80000
 *    &q=NAME~FEE~RATE~BASE~TIERS~GUARANTEE&q=…
 *
 * `TIERS` is `ABOVE:RATE` pairs joined by `,`; trailing optional segments may
 * be left out. Decoding never throws: whatever it cannot use is replaced by
 * the example value or left out, and reported as an issue.
 *
 * The encoder and decoder live in separate files so the page can load the
 * decoder only when there is a link to read.
 */
export * from './url-format';
export { encodeState } from './url-encode';
export { decodeState, readNumber } from './url-decode';
