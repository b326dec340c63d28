/**
 * The planner's inputs as a URL query: a public contract (docs/cost-planner-url.md). Links
 * people have shared must keep opening the same figures, so every value is written out, even
 * a default: a later change to the platform-facts dataset does not change an old link's answer.
 *
 *   ?p=1&ch=tmall&store=flagship&mark=r&months=12&gmv=200000&growth=15&aov=200&refund=10…
 *    &q=NAME~FEE~RATE~BASE~TIERS~GUARANTEE~SETUP&q=…
 *
 * The names the fee calculator also uses (`gmv`, `months`, `refund`, `growth`, `margin`,
 * `pfee`, `q`) mean the same thing in both, so a fee-calculator link opens in the planner
 * with its quotes; those are read by the fee calculator's own decoder. Decoding never throws.
 *
 * The encoder and decoder live in separate files so the page can load the decoder (which
 * brings the defaults and the fee calculator's decoder) only when there is a link to read.
 */
export * from './url-format';
export { encodePlan } from './url-encode';
export { decodePlan, readExchange } from './url-decode';
