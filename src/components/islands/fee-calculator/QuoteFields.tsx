import type { ComponentChild } from 'preact';
import type { FeeCalculatorStrings } from '../../../i18n/tools/fee-calculator';
import { editNumber, type QuoteDraft } from '../../../lib/fees/draft';
import type { RuleName } from '../../../lib/fees/limits';
import { fill } from '../../../lib/text/template';
import { quoteLabel, seriesClass, type Speech } from './context';
import { NumberField } from '../shared/NumberField';
import { QuoteNameField } from '../shared/QuoteNameField';

interface Props extends Speech<{ quotes: FeeCalculatorStrings['quotes'] }> {
	id: string;
	index: number;
	quote: QuoteDraft;
	/** The quote's tiers and guarantee (QuoteTerms), on the tool page only. */
	terms?: ComponentChild;
	canRemove: boolean;
	/** Applies an edit to this quote, then moves focus to `focusId` if given. */
	onEdit: (edit: (quote: QuoteDraft) => QuoteDraft, focusId?: string) => void;
	onRemove: () => void;
}

/** One agency quote: name, fee, commission and its base, and on the tool page its tiers and guarantee. */
export function QuoteFields(props: Props) {
	const { id, index, quote, terms, canRemove, onEdit, locale, t } = props;
	const speech = { locale, t };
	const editNumberField = (field: 'fee' | 'rate', rule: RuleName) => (text: string) =>
		onEdit((current) => ({ ...current, [field]: editNumber(current[field], text, rule) }));
	const label = quoteLabel(quote, index, t);
	return (
		<fieldset class={`fc-quote ${seriesClass(index)}`}>
			<legend>{label}</legend>
			<QuoteNameField id={`${id}-name`} label={t.quotes.name} value={quote.name} onInput={(name) => onEdit((current) => ({ ...current, name }))} />
			<div class="fc-row">
				<NumberField {...speech} id={`${id}-fee`} label={t.quotes.fee} unit={t.units.money} field={quote.fee} onInput={editNumberField('fee', 'monthlyFee')} />
				<NumberField
					{...speech}
					id={`${id}-rate`}
					label={t.quotes.rate}
					unit={t.units.percent}
					short
					field={quote.rate}
					onInput={editNumberField('rate', 'rate')}
				/>
			</div>
			<fieldset class="fc-choice">
				<legend>{t.quotes.base}</legend>
				{(['gmv', 'net'] as const).map((base) => (
					<label key={base}>
						<input type="radio" name={`${id}-base`} value={base} checked={quote.base === base} onChange={() => onEdit((current) => ({ ...current, base }))} />
						{base === 'gmv' ? t.quotes.baseGmv : t.quotes.baseNet}
					</label>
				))}
			</fieldset>
			{terms}
			{canRemove && (
				<button type="button" class="button button--secondary fc-small fc-remove" onClick={props.onRemove}>
					{fill(t.quotes.remove, { name: label })}
				</button>
			)}
		</fieldset>
	);
}
