import type { FeeCalculatorStrings } from '../../../i18n/tools/fee-calculator';
import { editNumber, emptyTier, type QuoteDraft, type TierDraft } from '../../../lib/fees/draft';
import { maxTiers, type RuleName } from '../../../lib/fees/limits';
import { fill } from '../../../lib/text/template';
import { quoteLabel, seriesClass, type Speech } from './context';
import { NumberField } from '../shared/NumberField';
import { QuoteNameField } from '../shared/QuoteNameField';

interface Props extends Speech<{ quotes: FeeCalculatorStrings['quotes'] }> {
	id: string;
	index: number;
	quote: QuoteDraft;
	/** The words for tiers and guaranteed sales; the compact calculator has neither, and leaves this out. */
	advanced?: FeeCalculatorStrings['advanced'];
	canRemove: boolean;
	/** Applies an edit to this quote, then moves focus to `focusId` if given. */
	onEdit: (edit: (quote: QuoteDraft) => QuoteDraft, focusId?: string) => void;
	onRemove: () => void;
}

/** One agency quote: name, fee, commission and its base, and (optionally) tiers and a guarantee. */
export function QuoteFields(props: Props) {
	const { id, index, quote, advanced, canRemove, onEdit, locale, t } = props;
	const speech = { locale, t };
	const editNumberField = (field: 'fee' | 'rate' | 'guarantee', rule: RuleName) => (text: string) =>
		onEdit((current) => ({ ...current, [field]: editNumber(current[field], text, rule) }));
	// Tier boxes may stay blank while being filled in: an unfinished tier is simply not used yet.
	const editTier = (tierIndex: number, field: keyof TierDraft) => (text: string) =>
		onEdit((current) => ({
			...current,
			tiers: current.tiers.map((tier, at) =>
				at === tierIndex ? { ...tier, [field]: editNumber(tier[field], text, field === 'above' ? 'tierAbove' : 'rate', true) } : tier,
			),
		}));
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
			{advanced && (
				<details class="fc-advanced" open={quote.showTerms || undefined}>
					<summary>{advanced.summary}</summary>
					<fieldset class="fc-tiers">
						<legend>{advanced.tiersLegend}</legend>
						<p class="fc-hint">{advanced.tiersHint}</p>
						{quote.tiers.map((tier, tierIndex) => (
							<div class="fc-tier" key={tierIndex}>
								<p class="fc-tier__title">{fill(advanced.tierTitle, { n: tierIndex + 1 })}</p>
								<NumberField
									{...speech}
									id={`${id}-tier${tierIndex}-above`}
									label={advanced.tierAbove}
									unit={t.units.money}
									field={tier.above}
									onInput={editTier(tierIndex, 'above')}
								/>
								<NumberField
									{...speech}
									id={`${id}-tier${tierIndex}-rate`}
									label={advanced.tierRate}
									unit={t.units.percent}
									short
									field={tier.rate}
									onInput={editTier(tierIndex, 'rate')}
								/>
								<button
									type="button"
									class="button button--secondary fc-small"
									onClick={() => onEdit((current) => ({ ...current, tiers: current.tiers.filter((_, at) => at !== tierIndex) }), `${id}-add-tier`)}
								>
									{fill(advanced.removeTier, { n: tierIndex + 1 })}
								</button>
							</div>
						))}
						{quote.tiers.length < maxTiers && (
							<button
								type="button"
								id={`${id}-add-tier`}
								class="button button--secondary fc-small"
								onClick={() => onEdit((current) => ({ ...current, tiers: [...current.tiers, emptyTier()] }), `${id}-tier${quote.tiers.length}-above`)}
							>
								{advanced.addTier}
							</button>
						)}
					</fieldset>
					<NumberField
						{...speech}
						id={`${id}-guarantee`}
						label={advanced.guarantee}
						hint={advanced.guaranteeHint}
						unit={t.units.money}
						field={quote.guarantee}
						onInput={editNumberField('guarantee', 'guaranteedGmv')}
					/>
				</details>
			)}
			{canRemove && (
				<button type="button" class="button button--secondary fc-small fc-remove" onClick={props.onRemove}>
					{fill(t.quotes.remove, { name: label })}
				</button>
			)}
		</fieldset>
	);
}
