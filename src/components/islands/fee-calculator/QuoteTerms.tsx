import type { FeeCalculatorStrings } from '../../../i18n/tools/fee-calculator';
import { editNumber, emptyTier, type QuoteDraft, type TierDraft } from '../../../lib/fees/draft';
import { maxTiers } from '../../../lib/fees/limits';
import { fill } from '../../../lib/text/template';
import type { Speech } from './context';
import { NumberField } from '../shared/NumberField';

interface Props extends Speech<{ advanced: FeeCalculatorStrings['advanced'] }> {
	/** The quote's id prefix, as QuoteFields has it. */
	id: string;
	quote: QuoteDraft;
	/** Applies an edit to this quote, then moves focus to `focusId` if given. */
	onEdit: (edit: (quote: QuoteDraft) => QuoteDraft, focusId?: string) => void;
}

/** A quote's commission tiers and guaranteed sales, folded away unless used: the tool page only. */
export function QuoteTerms({ id, quote, onEdit, locale, t }: Props) {
	const speech = { locale, t };
	const words = t.advanced;
	// Tier boxes may stay blank while being filled in: an unfinished tier is simply not used yet.
	const editTier = (tierIndex: number, field: keyof TierDraft) => (text: string) =>
		onEdit((current) => ({
			...current,
			tiers: current.tiers.map((tier, at) =>
				at === tierIndex ? { ...tier, [field]: editNumber(tier[field], text, field === 'above' ? 'tierAbove' : 'rate', true) } : tier,
			),
		}));
	return (
		<details class="fc-advanced" open={quote.showTerms || undefined}>
			<summary>{words.summary}</summary>
			<fieldset class="fc-tiers">
				<legend>{words.tiersLegend}</legend>
				<p class="fc-hint">{words.tiersHint}</p>
				{quote.tiers.map((tier, tierIndex) => (
					<div class="fc-tier" key={tierIndex}>
						<p class="fc-tier__title">{fill(words.tierTitle, { n: tierIndex + 1 })}</p>
						<NumberField
							{...speech}
							id={`${id}-tier${tierIndex}-above`}
							label={words.tierAbove}
							unit={t.units.money}
							field={tier.above}
							onInput={editTier(tierIndex, 'above')}
						/>
						<NumberField
							{...speech}
							id={`${id}-tier${tierIndex}-rate`}
							label={words.tierRate}
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
							{fill(words.removeTier, { n: tierIndex + 1 })}
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
						{words.addTier}
					</button>
				)}
			</fieldset>
			<NumberField
				{...speech}
				id={`${id}-guarantee`}
				label={words.guarantee}
				hint={words.guaranteeHint}
				unit={t.units.money}
				field={quote.guarantee}
				onInput={(text) => onEdit((current) => ({ ...current, guarantee: editNumber(current.guarantee, text, 'guaranteedGmv') }))}
			/>
		</details>
	);
}
