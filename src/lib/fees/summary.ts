import type { CheapestRegion, ContractResult } from './types';

/** What the one-sentence explanation of the result needs, in quote indices and GMVs. */
export interface ResultSummary {
	cheapest: number[];
	/** The quote(s) cheapest just below the forecast's stretch, and where that stretch starts. */
	cheaperBelow: { quotes: number[]; gmv: number } | null;
	/** The quote(s) cheapest just above it, and where that begins. */
	cheaperAbove: { quotes: number[]; gmv: number } | null;
}

/**
 * Finds the nearest changes of winner on either side of the forecast, so the
 * explanation can say "B becomes cheaper below 444,444 a month" — the first
 * thing a merchant needs when sales may not land where they expect.
 */
export function summarize(forecastGmv: number, contract: ContractResult, regions: CheapestRegion[]): ResultSummary {
	const index = regions.findIndex((region) => forecastGmv >= region.from && forecastGmv < region.to);
	const here = regions[index];
	const before = regions[index - 1];
	const after = regions[index + 1];
	return {
		cheapest: contract.cheapest,
		cheaperBelow: here && before ? { quotes: before.cheapest, gmv: here.from } : null,
		cheaperAbove: here && after ? { quotes: after.cheapest, gmv: after.from } : null,
	};
}
