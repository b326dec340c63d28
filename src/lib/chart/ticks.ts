/**
 * Round axis ticks for a chart whose values run from `low` to `high`, zero included: steps of
 * 1, 2 or 5 × 10ⁿ, about `count` of them, so labels read as plain round numbers. The first tick
 * is at or below both `low` and zero, the last at or above both `high` and zero; there are always
 * at least two. Values that are all zero, or not finite, get the ticks 0 and 1.
 */
export function axisTicks(low: number, high: number, count = 4): number[] {
	const min = Math.min(0, low);
	const max = Math.max(0, high);
	const span = max - min;
	if (!(span > 0 && Number.isFinite(span))) return [0, 1];
	const rough = span / count;
	const magnitude = 10 ** Math.floor(Math.log10(rough));
	const step = ([1, 2, 5, 10].find((multiple) => multiple * magnitude >= rough) ?? 10) * magnitude;
	const bottom = Math.floor(min / step) * step;
	const top = Math.max(Math.ceil(max / step) * step, bottom + step);
	const ticks: number[] = [];
	for (let tick = bottom; tick <= top + step / 2; tick += step) ticks.push(Number(tick.toPrecision(12)));
	return ticks;
}
