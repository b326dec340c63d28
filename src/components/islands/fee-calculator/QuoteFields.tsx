import { useState } from 'preact/hooks';
import type { QuoteDraft, TierDraft } from '../../../lib/fees/draft';
import { maxTiers } from '../../../lib/fees/limits';
import type { CommissionBase } from '../../../lib/fees/types';
import { fill } from '../../../lib/format/template';
import { quoteLabel, type Speech } from './context';
import { NumberField } from './NumberField';

interface Props extends Speech {
	id: string;
	index: number;
	quote: QuoteDraft;
	/** Compact calculators leave tiers and guarantees to the full tool. */
	advanced: boolean;
	canRemove: boolean;
	onName: (name: string) => void;
	onNumber: (field: 'fee' | 'rate' | 'guarantee', text: string) => void;
	onBase: (base: CommissionBase) => void;
	onTier: (tier: number, field: keyof TierDraft, text: string) => void;
	onAddTier: () => void;
	onRemoveTier: (tier: number) => void;
	onRemove: () => void;
}

/** One agency quote: name, fee, commission and its base, and (optionally) tiers and a guarantee. */
export function QuoteFields(props: Props) {
	const { id, index, quote, advanced, canRemove, locale, t } = props;
	const speech = { locale, t };
	const label = quoteLabel(quote, index, t);
	// Open at first when the quote already uses these terms; after that the user decides.
	const [openAtFirst] = useState(() => quote.tiers.length > 0 || quote.guarantee.text !== '');
	return (
		<fieldset class="fc-quote" style={`--series: var(--color-series-${(index % 5) + 1})`}>
			<legend>{label}</legend>
			<div class="fc-field">
				<label for={`${id}-name`}>{t.quotes.name}</label>
				<input id={`${id}-name`} type="text" autoComplete="off" maxLength={80} value={quote.name} onInput={(event) => props.onName(event.currentTarget.value)} />
			</div>
			<div class="fc-row">
				<NumberField {...speech} id={`${id}-fee`} label={t.quotes.fee} unit={t.units.money} field={quote.fee} onInput={(text) => props.onNumber('fee', text)} />
				<NumberField {...speech} id={`${id}-rate`} label={t.quotes.rate} unit={t.units.percent} short field={quote.rate} onInput={(text) => props.onNumber('rate', text)} />
			</div>
			<fieldset class="fc-choice">
				<legend>{t.quotes.base}</legend>
				{(['gmv', 'net'] as const).map((base) => (
					<label key={base}>
						<input type="radio" name={`${id}-base`} value={base} checked={quote.base === base} onChange={() => props.onBase(base)} />
						{base === 'gmv' ? t.quotes.baseGmv : t.quotes.baseNet}
					</label>
				))}
			</fieldset>
			{advanced && (
				<details class="fc-advanced" open={openAtFirst || undefined}>
					<summary>{t.quotes.advanced}</summary>
					<fieldset class="fc-tiers">
						<legend>{t.quotes.tiersLegend}</legend>
						<p class="fc-hint">{t.quotes.tiersHint}</p>
						{quote.tiers.map((tier, tierIndex) => (
							<div class="fc-tier" key={tierIndex}>
								<p class="fc-tier__title">{fill(t.quotes.tierTitle, { n: tierIndex + 1 })}</p>
								<NumberField {...speech} id={`${id}-tier${tierIndex}-above`} label={t.quotes.tierAbove} unit={t.units.money} field={tier.above} onInput={(text) => props.onTier(tierIndex, 'above', text)} />
								<NumberField {...speech} id={`${id}-tier${tierIndex}-rate`} label={t.quotes.tierRate} unit={t.units.percent} short field={tier.rate} onInput={(text) => props.onTier(tierIndex, 'rate', text)} />
								<button type="button" class="button button--secondary fc-small" onClick={() => props.onRemoveTier(tierIndex)}>
									{fill(t.quotes.removeTier, { n: tierIndex + 1 })}
								</button>
							</div>
						))}
						{quote.tiers.length < maxTiers && (
							<button type="button" id={`${id}-add-tier`} class="button button--secondary fc-small" onClick={props.onAddTier}>
								{t.quotes.addTier}
							</button>
						)}
					</fieldset>
					<NumberField {...speech} id={`${id}-guarantee`} label={t.quotes.guarantee} hint={t.quotes.guaranteeHint} unit={t.units.money} field={quote.guarantee} onInput={(text) => props.onNumber('guarantee', text)} />
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
