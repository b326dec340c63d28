/**
 * What the planner needs only when a link is read: the decoder (a shared planner link, or a
 * fee-calculator link carried over or pasted) and the messages about what it could not use.
 * The island loads this on demand, so a plain visit does not pay for it.
 */
import { decodePlan, type PlannerIssue } from '../../../lib/cost-planner/url';

export { encodePlan } from '../../../lib/cost-planner/url';
import { defaultInputs, platformDefaults } from '../../../lib/cost-planner/defaults';
import type { AgencyQuote, PlannerFacts, PlannerInputs } from '../../../lib/cost-planner/types';
import { formatInputNumber } from '../../../lib/format/number';
import type { Locale } from '../../../lib/locale';
import { fill } from '../../../lib/text/template';
import type { IslandWords } from './context';
import { allWords } from './words';
import { draftFromInputs } from './draft';

interface Context {
	locale: Locale;
	t: IslandWords;
	facts: PlannerFacts;
}

/** The form label each link parameter stands for. */
const fieldOf: Record<string, keyof IslandWords['fields']> = {
	ch: 'channel',
	store: 'storeType',
	mark: 'trademark',
	months: 'months',
	gmv: 'firstMonthGmv',
	growth: 'monthlyGrowthPct',
	aov: 'averageOrderValue',
	refund: 'refundRatePct',
	margin: 'grossMarginPct',
	dep: 'depositCny',
	pfee: 'commissionPct',
	sw: 'softwareFeePct',
	pts: 'pointsPct',
	pay: 'paymentFeePct',
	afee: 'annualFeeCny',
	afon: 'annualFeeApplies',
	bdep: 'bondedDepositCny',
	taxpre: 'taxPrepaymentCny',
	tax: 'crossBorderTaxPct',
	taxby: 'taxPaidBy',
	ads: 'adMode',
	cshare: 'creatorSharePct',
	ccomm: 'creatorCommissionPct',
	camp: 'campaignFeesPerMonth',
	ful: 'fulfilmentPerOrder',
	ret: 'returnsHandlingPerReturn',
	cs: 'customerServicePerMonth',
	content: 'contentPerMonth',
	samples: 'samplesPerMonth',
	fee: 'monthlyFee',
	rate: 'rate',
	base: 'base',
	setup: 'setupFeeCny',
	name: 'quoteName',
};

/** One message per issue, in the reader's language; values are shown as text only. */
export function issueMessages(issues: readonly PlannerIssue[], { locale, t: words }: Pick<Context, 'locale' | 't'>): string[] {
	const t = allWords(words, locale);
	const messages = issues.map((issue) => {
		if (issue.code === 'unknown-version') return t.linkIssues.version;
		const key = fieldOf[issue.field];
		const label = key === undefined ? '' : key === 'adMode' ? t.fields.adMode : (t.fields[key] as string);
		const named = issue.quote === undefined ? label : `${fill(t.fields.defaultName, { n: issue.quote })} · ${label}`;
		// A name cut to the limit is kept, not replaced by an example.
		if (issue.code === 'name-too-long') return fill(t.linkIssues.nameCut, { field: named, limit: issue.limit ?? '' });
		if (!named || issue.value === undefined) return t.linkIssues.generic;
		const value = issue.value.length > 40 ? `${issue.value.slice(0, 40)}…` : issue.value;
		return fill(t.linkIssues.problem, { field: named, value: issue.limit === undefined ? value : `${value} (≤ ${formatInputNumber(issue.limit, locale)})` });
	});
	return [...new Set(messages)];
}

/**
 * What the planner shows for a link: the plan it describes as a draft in the page's language, where
 * its platform figures come from, and what could not be used. The rebate-tier and exchange-rate
 * sections start open when the link sets them. Never throws.
 */
export function linkState(search: string, context: Context) {
	let inputs: PlannerInputs;
	let linkMessages: string[];
	try {
		const decoded = decodePlan(search, context.facts, { quoteNames: context.t.exampleNames });
		inputs = decoded.inputs;
		linkMessages = issueMessages(decoded.issues, context);
	} catch {
		inputs = defaultInputs(context.facts, { quoteNames: context.t.exampleNames });
		linkMessages = [allWords(context.t, context.locale).linkIssues.generic];
	}
	return {
		draft: draftFromInputs(inputs, context.locale),
		origins: platformDefaults(context.facts, inputs).origins,
		linkMessages,
		isExample: false,
		extrasOpen: inputs.exchange !== undefined || inputs.platform.softwareRebate.length > 0,
	};
}

/** The quotes of a pasted fee-calculator (or planner) link. */
export function quotesFromLink(text: string, context: Context): { quotes: AgencyQuote[]; notLink: boolean; partly: boolean } {
	const question = text.indexOf('?');
	const query = question < 0 ? '' : text.slice(question + 1).split('#')[0]!;
	if (!/(^|&)q=/.test(query)) return { quotes: [], notLink: true, partly: false };
	try {
		const decoded = decodePlan(query, context.facts);
		const quoteIssues = decoded.issues.filter((issue) => issue.quote !== undefined || issue.field === 'q');
		const quotes = decoded.issues.some((issue) => issue.code === 'no-quotes') ? [] : decoded.inputs.agency.quotes;
		return { quotes, notLink: false, partly: quoteIssues.length > 0 };
	} catch {
		return { quotes: [], notLink: true, partly: false };
	}
}

/** Everything a link got wrong, said in the reader's language, with a button to hide it. */
/**
 * What could not be used in a link, until the reader closes it. Closing sends the focus to the
 * form's first box (`id` is the island's); in month-by-month mode there is no first-month box, so
 * to the sales choice.
 */
export function LinkAlert({
	locale,
	t: words,
	id,
	messages,
	onDismiss,
}: {
	locale: Locale;
	t: IslandWords;
	id: string;
	messages: readonly string[];
	onDismiss: () => void;
}) {
	const t = allWords(words, locale);
	const dismiss = () => {
		onDismiss();
		(document.getElementById(`${id}-firstMonthGmv`) ?? document.querySelector<HTMLInputElement>(`input[name="${id}-sales-mode"]:checked`))?.focus();
	};
	return (
		<div class="fc-alert">
			<p class="fc-alert__title">{t.linkIssues.heading}</p>
			<p>{t.linkIssues.intro}</p>
			<ul>
				{messages.map((message, index) => (
					<li key={index}>{message}</li>
				))}
			</ul>
			<button type="button" class="button button--secondary fc-small" onClick={dismiss}>
				{t.linkIssues.dismiss}
			</button>
		</div>
	);
}
