import type { ComponentChild } from 'preact';
import type { Locale } from '../../i18n/locales';
import type { DefaultOrigin, PlatformDefaultField } from '../../lib/cost-planner/defaults';
import { plan } from '../../lib/cost-planner/plan';
import type { MarketingMode, PlannerFacts, PlannerInputs } from '../../lib/cost-planner/types';
import { formatInputNumber } from '../../lib/format/number';
import { fill } from '../../lib/text/template';
import { DraftTool, type DraftToolState } from './shared/draft-tool';
import type { FactNote, IslandWords } from './cost-planner/context';
import {
	draftFromInputs,
	editField,
	editQuoteField,
	inputsFromDraft,
	setAdMode,
	setRampMode,
	quoteDraft,
	type Choices,
	type FieldName,
	type PlannerDraft,
	type QuoteDraft,
	type QuoteField,
} from './cost-planner/draft';
import { Choice } from './cost-planner/Choice';
import { NumberField } from './shared/NumberField';
import { QuoteNameField } from './shared/QuoteNameField';
import { whenNear } from './shared/near';
import { withWords } from './cost-planner/words';
import { Glance, planSentence, quoteName, Results } from './cost-planner/Results';

interface Props {
	locale: Locale;
	/** This language's words only. */
	t: IslandWords;
	/** The example plan and where each of its platform figures comes from, as the server rendered them. */
	example: PlannerInputs;
	origins: Origins;
	/** The platform figures the defaults come from (value, unit, scope), by fact id. */
	facts: PlannerFacts;
	/** Where each figure comes from, by fact id, prepared on the server in the page's language. */
	notes: Record<string, FactNote>;
	id: string;
	/** The tool page's public address without a query, for the printed link (the same on the server and in the browser). */
	pageUrl: string;
}

interface State extends DraftToolState<PlannerDraft> {
	selected: number;
	/** Messages about a link that could not all be used, already in the reader's language. */
	linkMessages: string[];
	/** The link reader, once loaded; it also draws the messages. */
	codec?: typeof import('./cost-planner/shared-link');
	/** Where the current channel and store's platform examples come from. */
	origins: Origins;
	/** No link has been read: until an edit, the figures are the example's. */
	isExample: boolean;
	/** Loaded when a link has to be copied by hand: the box for copying it. */
	ManualLink?: typeof import('./shared/copy-link').ManualLink;
	/** The fee-calculator link importer, loaded when its section is first opened. */
	Importer?: typeof import('./cost-planner/Importer').Importer;
	importerFailed?: boolean;
	/** The rebate-tier and exchange-rate editors, loaded when either section is first opened or a link sets them. */
	Extras?: typeof import('./cost-planner/Extras');
	extrasFailed?: boolean;
	/** A link set a rebate or a rate: their sections start open. */
	extrasOpen?: boolean;
	/** The month-by-month sales editor, loaded when month by month is first chosen (or a link sets it). */
	RampEditor?: typeof import('./cost-planner/RampEditor').RampEditor;
	rampEditorFailed?: boolean;
	/** The years' totals, the assumptions and the month-by-month part, loaded when one of their places nears the screen. */
	later?: typeof import('./cost-planner/Monthly');
	laterFailed?: boolean;
}

const maxQuotes = 5;

/** The island's parts whose code loads when they are needed (`loadPart`). */
type LaterPart = 'Extras' | 'RampEditor' | 'Importer' | 'later';

type Origins = Record<PlatformDefaultField, DefaultOrigin>;

/**
 * The year-one cost planner: a thin layer over the pure model in src/lib/cost-planner. It keeps
 * the user's raw text, recomputes on every edit, mirrors the plan into the URL (so the language
 * switch and shared links carry it) and announces results politely. A class, like the fee
 * calculator, so the page does not load Preact's hooks.
 */
export default class CostPlanner extends DraftTool<Props, PlannerDraft, State> {
	/** The URL codec, loaded on the first edit or copy: a plain visit never needs it. */
	private codec?: Promise<typeof import('./cost-planner/shared-link')>;
	private planned?: { draft: PlannerDraft; inputs: PlannerInputs; result: ReturnType<typeof plan> };
	private stopWatching?: () => void;

	constructor(props: Props) {
		super(props);
		this.state = {
			draft: draftFromInputs(props.example, props.locale),
			origins: props.origins,
			selected: 0,
			edited: false,
			linkMessages: [],
			isExample: true,
			announcement: '',
			share: { status: '', manualLink: '' },
		};
	}

	override componentDidMount() {
		// Islands are never unmounted: the watch stops when the parts are first asked for (loadLater).
		this.stopWatching = whenNear((this.base as Element).querySelectorAll('.cp-later'), this.loadLater);
		if (location.search.length <= 1) return;
		// A shared link (or one from the fee calculator) opens its own figures; the decoder loads only then.
		void this.loadCodec()
			.then(({ linkState }) => {
				if (this.state.edited) return;
				const state = linkState(location.search, this.props);
				if (state.extrasOpen) this.loadExtras();
				if (state.draft.ramp.byMonth) this.loadRamp();
				this.setState(state);
			})
			.catch(() => undefined);
	}

	override componentDidUpdate(props: Props, previous: State) {
		super.componentDidUpdate(props, previous);
		// New figures: the later parts follow them (after a failure, this is the next attempt).
		if (this.state.draft !== previous.draft) this.loadLater();
	}

	/**
	 * The years' totals, the assumptions and the month-by-month part, with the rest of the page's
	 * words, in one module that loads when one of their places comes near the screen, when the figures
	 * change or when the page is about to be printed (shared/near). On a wide screen the totals sit
	 * beside the form, so it loads at once; on a phone, when the reader scrolls to the results.
	 * Someone who reads the answer at the top and leaves never downloads it. The server does not draw
	 * them: the month-by-month table would take the page's HTML over its budget, so a printout made
	 * before they arrive says what it lacks (`laterPrintNote`). A failed download says so in their
	 * places; browsers keep a failed module download for the life of the page (whatwg/html#10327), so
	 * the message asks for a reload.
	 */
	private loadLater = () => {
		this.stopWatching?.();
		this.loadPart('later', 'laterFailed', () => import('./cost-planner/Monthly'));
	};

	/** A later part's place: the part once loaded, or what stands for it until then. */
	private laterPart(draw: (later: NonNullable<State['later']>) => ComponentChild, printNote?: string) {
		const { later, laterFailed } = this.state;
		return (
			<div class="cp-later">
				{later ? (
					draw(later)
				) : laterFailed ? (
					<p class="fc-error" role="status">
						{this.props.t.partFailed}
					</p>
				) : (
					printNote && <p class="fc-print-only cp-later-note">{printNote}</p>
				)}
			</div>
		);
	}

	private loadCodec() {
		this.codec ??= withWords(import('./cost-planner/shared-link'), this.props.locale).then((codec) => {
			this.setState({ codec });
			return codec;
		});
		return this.codec;
	}

	/** Parts asked for and not failed; a failed one is asked for again the next time it is needed. */
	private asked = new Set<LaterPart>();

	/**
	 * Loads a part of the island with the rest of the page's words, once; `failed` says so in its
	 * place if its code could not be downloaded.
	 */
	private loadPart<K extends LaterPart>(key: K, failed: `${Uncapitalize<K>}Failed`, part: () => Promise<State[K]>) {
		if (this.asked.has(key)) return;
		this.asked.add(key);
		withWords(part(), this.props.locale).then(
			(loaded) => this.setState({ [key]: loaded, [failed]: false }),
			() => {
				this.asked.delete(key);
				this.setState({ [failed]: true });
			},
		);
	}

	private loadExtras = () => this.loadPart('Extras', 'extrasFailed', () => import('./cost-planner/Extras'));

	private loadRamp = () => this.loadPart('RampEditor', 'rampEditorFailed', () => import('./cost-planner/RampEditor').then((part) => part.RampEditor));

	/** For the parts loaded later: a change to the draft. */
	private onDraft = (change: (draft: PlannerDraft) => PlannerDraft) => this.update(change);

	protected async linkQuery(draft: PlannerDraft) {
		return (await this.loadCodec()).encodePlan(inputsFromDraft(draft));
	}

	protected loadManualLink() {
		// Not destructured in the parameter: Vite would wrap the import in a second async function.
		return import('./shared/copy-link').then((part) => this.setState({ ManualLink: part.ManualLink }));
	}

	private editField = (name: FieldName) => (text: string) =>
		this.update((draft) => ({ ...draft, fields: { ...draft.fields, [name]: editField(draft.fields[name], text, name, draft.choices.adMode) } }));

	/**
	 * A new channel, store type or trademark brings its own platform examples (the deposit, the
	 * annual fee) and their sources; a figure the user has typed over is kept. That code
	 * (cost-planner/platform-change) loads on the first such change.
	 */
	private choose =
		<K extends keyof Choices>(key: K) =>
		(value: Choices[K]) => {
			const previous = this.state.draft.choices;
			const choices = { ...previous, [key]: value };
			this.update((draft) => (key === 'adMode' ? setAdMode(draft, value as MarketingMode) : { ...draft, choices: { ...draft.choices, [key]: value } }));
			if (key !== 'channel' && key !== 'storeType' && key !== 'trademark') return;
			void import('./cost-planner/platform-change')
				.then((part) => {
					const change = part.platformChange(this.props.facts, previous, choices, this.props.locale);
					this.setState({ origins: change.origins });
					this.update((draft) => change.apply(draft, key === 'channel'));
				})
				.catch(() => undefined);
		};

	/** The line under a platform default: its source, checked day and confidence, and the range where sources disagree. */
	private note(origin: DefaultOrigin | undefined, value: number, unit: 'percent' | 'cny'): ComponentChild {
		const { t, notes, locale } = this.props;
		if (!origin || origin.kind === 'example') return t.fact.noSource;
		const note = notes[origin.factId];
		const parts: ComponentChild[] = [];
		if (origin.kind === 'unresolved') parts.push(`${t.fact.unresolved} `);
		if (note?.range) {
			const shown = `${formatInputNumber(value, locale)}${unit === 'percent' ? '%' : ` ${t.units.money}`}`;
			parts.push(`${fill(t.fact.range, { range: note.range, value: shown })} `);
		}
		if (note) parts.push(note.line);
		return parts;
	}

	override render(
		{ locale, t, id, notes, pageUrl }: Props,
		{
			draft,
			edited,
			origins,
			selected,
			linkMessages,
			isExample,
			codec,
			announcement,
			share,
			Importer,
			importerFailed,
			ManualLink,
			Extras,
			extrasFailed,
			extrasOpen,
			RampEditor,
			rampEditorFailed,
		}: State,
	) {
		const speech = { locale, t };
		// The plan is worked out once per draft: the island renders again when a message or a lazily loaded part changes.
		if (this.planned?.draft !== draft) {
			const planInputs = inputsFromDraft(draft);
			this.planned = { draft, inputs: planInputs, result: plan(planInputs) };
		}
		const { inputs, result } = this.planned;
		const chosen = Math.min(selected, result.plans.length - 1);
		const current = result.plans[chosen]!;
		const name = quoteName(inputs, current.quote, t);
		this.summaryText = planSentence(speech, inputs, current);
		const f = t.fields;
		const field = (key: FieldName, unit: string, options: { short?: boolean; hint?: string; note?: ComponentChild; label?: string } = {}) => (
			<NumberField
				{...speech}
				id={`${id}-${key}`}
				label={options.label ?? (f as unknown as Record<string, string>)[key]!}
				unit={unit}
				field={draft.fields[key]}
				onInput={this.editField(key)}
				short={options.short ?? unit === '%'}
				hint={options.hint}
				note={options.note}
			/>
		);
		const platformField = (key: PlatformDefaultField & FieldName, unit: 'percent' | 'cny') =>
			field(key, unit === 'percent' ? t.units.percent : t.units.money, { note: this.note(origins[key], draft.fields[key].value, unit) });
		const global = draft.choices.channel === 'tmall-global';
		/** An optional section (rebate tiers, exchange rate) whose editor loads when it is first opened. */
		const extra = (summary: string, part: 'rebate' | 'fx') => (
			<details class="fc-advanced cp-extras" open={extrasOpen} onToggle={this.loadExtras}>
				<summary>{summary}</summary>
				{Extras && (
					<Extras.Extra {...speech} id={id} part={part} rest={draft.rest} onDraft={this.onDraft} note={this.note(origins.softwareRebate, 0, 'percent')} />
				)}
				{extrasFailed && <p class="fc-error">{t.partFailed}</p>}
			</details>
		);
		const annualYes = notes['annual-fee-tmall-global'];
		const annualNo = notes['annual-fee-tmall'];

		return (
			<div class="fc fc--full cp">
				<div role="status" class="fc-issues">
					{linkMessages.length > 0 && codec && (
						<codec.LinkAlert locale={locale} t={t} id={id} messages={linkMessages} onDismiss={() => this.setState({ linkMessages: [] })} />
					)}
				</div>
				{isExample && !edited && <p class="fc-example">{t.exampleNote}</p>}
				<Glance {...speech} id={id} result={result} selected={chosen} sentence={this.summaryText} />

				<div class="fc-layout">
					<div class="fc-form cp-form">
						<fieldset>
							<legend>{t.groups.channel}</legend>
							<Choice
								name={`${id}-channel`}
								legend={f.channel}
								value={draft.choices.channel}
								onChange={this.choose('channel')}
								options={[
									{ value: 'tmall', label: f.tmall },
									{ value: 'tmall-global', label: f.global },
								]}
							/>
							<Choice
								name={`${id}-store`}
								legend={f.storeType}
								value={draft.choices.storeType}
								onChange={this.choose('storeType')}
								options={(['flagship', 'franchise', 'specialty'] as const).map((value) => ({ value, label: f[value] }))}
							/>
							<Choice
								name={`${id}-mark`}
								legend={f.trademark}
								value={draft.choices.trademark}
								onChange={this.choose('trademark')}
								options={(['registered', 'tm'] as const).map((value) => ({ value, label: f[value] }))}
							/>
							<Choice
								name={`${id}-months`}
								legend={f.months}
								value={String(draft.choices.months) as '12' | '24'}
								onChange={(value) => this.choose('months')(value === '24' ? 24 : 12)}
								options={[
									{ value: '12', label: f.months12 },
									{ value: '24', label: f.months24 },
								]}
							/>
						</fieldset>

						<fieldset>
							<legend>{t.groups.sales}</legend>
							<Choice
								name={`${id}-sales-mode`}
								legend={f.salesMode}
								value={draft.ramp.byMonth ? 'months' : 'steady'}
								onChange={(value) => {
									if (value === 'months') this.loadRamp();
									this.update((current) => setRampMode(current, value === 'months', locale));
								}}
								options={[
									{ value: 'steady', label: f.steadyGrowth },
									{ value: 'months', label: f.byMonth },
								]}
							/>
							{!draft.ramp.byMonth && (
								<>
									{field('firstMonthGmv', t.units.money, { hint: f.firstMonthGmvHint })}
									{field('monthlyGrowthPct', t.units.percent)}
								</>
							)}
							{draft.ramp.byMonth && RampEditor && <RampEditor {...speech} id={id} draft={draft} onDraft={this.onDraft} />}
							{draft.ramp.byMonth && !RampEditor && <p class={rampEditorFailed ? 'fc-error' : 'fc-hint'}>{rampEditorFailed ? f.rampFailed : f.rampLoading}</p>}
							<div class="fc-row">
								{field('refundRatePct', t.units.percent)}
								{field('averageOrderValue', t.units.money, { short: true })}
							</div>
						</fieldset>

						<fieldset>
							<legend>{t.groups.platform}</legend>
							{platformField('depositCny', 'cny')}
							{platformField('commissionPct', 'percent')}
							{platformField('softwareFeePct', 'percent')}
							{extra(f.rebateSummary, 'rebate')}
							{platformField('pointsPct', 'percent')}
							{platformField('paymentFeePct', 'percent')}
							<Choice
								name={`${id}-annual`}
								legend={f.annualFeeApplies}
								value={draft.choices.annualFeeApplies ? 'yes' : 'no'}
								onChange={(value) => this.choose('annualFeeApplies')(value === 'yes')}
								options={[
									{ value: 'yes', label: f.annualYes, note: annualYes && `${t.fact.annualYes}${t.fact.stop}${annualYes.line}` },
									{ value: 'no', label: f.annualNo, note: annualNo && `${t.fact.annualNo}${t.fact.stop}${annualNo.line}` },
								]}
							/>
							{draft.choices.annualFeeApplies &&
								field('annualFeeCny', t.units.money, { note: this.note(origins.annualFeeCny, draft.fields.annualFeeCny.value, 'cny') })}
							{global && (
								<fieldset>
									<legend>{t.groups.global}</legend>
									{platformField('bondedDepositCny', 'cny')}
									{platformField('taxPrepaymentCny', 'cny')}
									{platformField('crossBorderTaxPct', 'percent')}
									<Choice
										name={`${id}-taxby`}
										legend={f.taxPaidBy}
										value={draft.choices.taxPaidBy}
										onChange={this.choose('taxPaidBy')}
										options={(['buyer', 'merchant'] as const).map((value) => ({ value, label: f[value] }))}
									/>
								</fieldset>
							)}
						</fieldset>

						<fieldset>
							<legend>{t.groups.agency}</legend>
							{draft.quotes.map((quote, index) => this.renderQuote(quote, index, draft.quotes.length > 1))}
							{draft.quotes.length < maxQuotes && (
								<button
									type="button"
									id={`${id}-add-quote`}
									class="button button--secondary"
									onClick={() =>
										this.update(
											(current) => ({
												...current,
												quotes: [
													...current.quotes,
													quoteDraft({ name: '', monthlyFee: 0, rate: 0, base: 'gmv', tiers: [], guaranteedGmv: null, setupFeeCny: 0 }, locale),
												],
											}),
											`${id}-q${draft.quotes.length}-name`,
										)
									}
								>
									{f.addQuote}
								</button>
							)}
							<details
								class="fc-advanced cp-import"
								onToggle={(event) => {
									if (event.currentTarget.open)
										this.loadPart('Importer', 'importerFailed', () => import('./cost-planner/Importer').then((part) => part.Importer));
								}}
							>
								<summary>{t.import.summary}</summary>
								{Importer && (
									<Importer
										id={id}
										locale={locale}
										t={t}
										facts={this.props.facts}
										onQuotes={(quotes) => {
											this.setState({ selected: 0 });
											this.update((current) => ({ ...current, quotes: quotes.map((quote) => quoteDraft(quote, locale)) }));
										}}
									/>
								)}
								{importerFailed && <p class="fc-error">{t.import.loadFailed}</p>}
							</details>
						</fieldset>

						<fieldset>
							<legend>{t.groups.marketing}</legend>
							<Choice
								name={`${id}-ads`}
								legend={f.adMode}
								value={draft.choices.adMode}
								onChange={this.choose('adMode')}
								options={(['monthly', 'share-of-gmv', 'target-roas'] as const).map((value) => ({ value, label: f[value] }))}
							/>
							{field(
								'adValue',
								draft.choices.adMode === 'monthly' ? t.units.perMonth : draft.choices.adMode === 'share-of-gmv' ? t.units.percent : t.units.roas,
								{
									label: f.adValue[draft.choices.adMode],
									short: draft.choices.adMode !== 'monthly',
								},
							)}
							{field('creatorSharePct', t.units.percent)}
							{field('creatorCommissionPct', t.units.percent)}
							{field('campaignFeesPerMonth', t.units.perMonth)}
						</fieldset>

						<fieldset>
							<legend>{t.groups.operations}</legend>
							{field('fulfilmentPerOrder', t.units.perOrder, { short: true })}
							{field('returnsHandlingPerReturn', t.units.perOrder, { short: true })}
							{field('customerServicePerMonth', t.units.perMonth)}
							{field('contentPerMonth', t.units.perMonth)}
							{field('samplesPerMonth', t.units.perMonth)}
						</fieldset>

						<fieldset>
							<legend>{t.groups.economics}</legend>
							{field('grossMarginPct', t.units.percent, { hint: f.grossMarginHint })}
						</fieldset>
						{extra(f.fxSummary, 'fx')}
					</div>

					<section class="fc-output" aria-labelledby={`${id}-results`}>
						<h2 id={`${id}-results`}>{t.results.heading}</h2>
						{result.plans.length > 1 && (
							<Choice
								name={`${id}-plan-quote`}
								legend={t.results.forQuote}
								value={String(chosen)}
								onChange={(value) => this.setState({ selected: Number(value) })}
								options={result.plans.map((each, index) => ({ value: String(index), label: quoteName(inputs, each.quote, t) }))}
							/>
						)}
						<Results {...speech} id={id} inputs={inputs} result={result} selected={chosen} />
						{Extras && inputs.exchange && <Extras.FxFigures {...speech} id={id} exchange={inputs.exchange} plan={current} />}
						{this.laterPart((later) => (
							<later.Totals {...speech} id={id} inputs={inputs} result={result} selected={chosen} />
						))}
					</section>
				</div>

				{this.laterPart(
					(later) => (
						<>
							<later.Assumptions {...speech} inputs={inputs} />
							<later.Monthly {...speech} id={id} plan={current} name={name} />
						</>
					),
					t.laterPrintNote,
				)}

				<div class="fc-share">
					<button type="button" class="button" onClick={() => this.copyLink(t.share)}>
						{t.share.copy}
					</button>
					<p class="fc-hint">{t.share.copyHint}</p>
					{share.manualLink && ManualLink && <ManualLink id={`${id}-share-link`} label={t.share.linkLabel} url={share.manualLink} />}
					<p class="fc-status" role="status">
						{share.status}
					</p>
				</div>
				{/* Rendered on the server too, so hydration keeps the live region after it; the browser adds the plan's query. */}
				<p class="fc-print-only">
					{t.share.printedLink} {`${pageUrl}${typeof location === 'undefined' ? '' : location.search}`}
				</p>
				<p class="visually-hidden" aria-live="polite">
					{announcement}
				</p>
			</div>
		);
	}

	private renderQuote(quote: QuoteDraft, index: number, canRemove: boolean) {
		const { id, locale, t } = this.props;
		const f = t.fields;
		const qid = `${id}-q${index}`;
		const label = quote.name.trim() || fill(f.defaultName, { n: index + 1 });
		const speech = { locale, t };
		const number = (key: QuoteField, text: string, unit: string, short = false) => (
			<NumberField
				{...speech}
				id={`${qid}-${key}`}
				label={text}
				unit={unit}
				short={short}
				field={quote[key]}
				onInput={(value) => this.editQuote(quote.key, (current) => ({ ...current, [key]: editQuoteField(current[key], value, key) }))}
			/>
		);
		const hasTerms = quote.terms.tiers.length > 0 || quote.terms.guaranteedGmv !== null;
		return (
			<fieldset key={quote.key} class={`fc-quote fc-series-${(index % 5) + 1}`}>
				<legend>{label}</legend>
				<QuoteNameField
					id={`${qid}-name`}
					label={f.quoteName}
					value={quote.name}
					onInput={(name) => this.editQuote(quote.key, (current) => ({ ...current, name }))}
				/>
				<div class="fc-row">
					{number('monthlyFee', f.monthlyFee, t.units.perMonth)}
					{number('rate', f.rate, t.units.percent, true)}
				</div>
				<Choice
					name={`${qid}-base`}
					legend={f.base}
					value={quote.terms.base}
					onChange={(base) => this.editQuote(quote.key, (current) => ({ ...current, terms: { ...current.terms, base } }))}
					options={[
						{ value: 'gmv', label: f.baseGmv },
						{ value: 'net', label: f.baseNet },
					]}
				/>
				{number('setupFeeCny', f.setupFeeCny, t.units.money)}
				{hasTerms && <p class="fc-hint">{f.keptTerms}</p>}
				{canRemove && (
					<button
						type="button"
						class="button button--secondary fc-small fc-remove"
						onClick={() => {
							this.setState({ selected: 0 });
							this.update((current) => ({ ...current, quotes: current.quotes.filter((each) => each.key !== quote.key) }), `${id}-add-quote`);
						}}
					>
						{fill(f.removeQuote, { name: label })}
					</button>
				)}
			</fieldset>
		);
	}
}
