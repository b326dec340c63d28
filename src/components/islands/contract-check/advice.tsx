import { render } from 'preact';
import type { Locale } from '../../../i18n/locales';
import type { ContractCheckStrings } from '../../../i18n/tools/contract-check';
import { topicIdOf } from './topics-dom';

/**
 * The longer advice of each topic (the dispute, what to ask for, and the
 * proposed wording in every language) is loaded after the island wakes, from
 * the same content files the page is built from (validated by the build;
 * src/integrations/contract-advice.ts keeps only the page's language and the
 * other language's wording), so the page's HTML and its first JavaScript stay
 * within their budgets. The words are only ever set as text.
 */
export interface TopicAdvice {
	dispute: string;
	ask: string;
	clauses: { locale: Locale; text: string }[];
}

const languageTags: Record<Locale, string> = { en: 'en', zh: 'zh-CN' };

/** Advice by topic id, with the page's language first among the clauses. Only the page's language is loaded. */
export async function loadAdvice(locale: Locale): Promise<Map<string, TopicAdvice>> {
	const { other, topics } = (locale === 'zh' ? await import('virtual:contract-advice/zh') : await import('virtual:contract-advice/en')).default;
	const advice = new Map<string, TopicAdvice>();
	for (const topic of topics) {
		advice.set(topic.id, {
			dispute: topic.dispute,
			ask: topic.ask,
			clauses: [{ locale, text: topic.clause }, ...(topic.otherClause ? [{ locale: other, text: topic.otherClause }] : [])],
		});
	}
	return advice;
}

function Advice({ advice, locale, strings }: { advice: TopicAdvice; locale: Locale; strings: ContractCheckStrings }) {
	return (
		<dl class="cc-advice">
			<dt>{strings.labels.dispute}</dt>
			<dd>{advice.dispute}</dd>
			<dt>{strings.labels.ask}</dt>
			<dd>{advice.ask}</dd>
			<dt>{strings.labels.wording}</dt>
			<dd class="cc-clauses">
				{advice.clauses.map((clause) => (
					<figure key={clause.locale} class="cc-clause" lang={clause.locale === locale ? undefined : languageTags[clause.locale]}>
						<figcaption lang={clause.locale === locale ? undefined : languageTags[locale]}>{strings.wordingIn[clause.locale]}</figcaption>
						<blockquote>
							<p>{clause.text}</p>
						</blockquote>
					</figure>
				))}
			</dd>
		</dl>
	);
}

/** Fills each topic's `[data-advice-slot]`. */
export function paintAdvice(container: HTMLElement, advice: ReadonlyMap<string, TopicAdvice>, locale: Locale, strings: ContractCheckStrings): void {
	for (const slot of container.querySelectorAll<HTMLElement>('[data-advice-slot]')) {
		const section = slot.closest<HTMLElement>('section.cc-topic');
		const topicId = section ? topicIdOf(section) : '';
		const entry = advice.get(topicId);
		if (entry) render(<Advice advice={entry} locale={locale} strings={strings} />, slot);
	}
}
