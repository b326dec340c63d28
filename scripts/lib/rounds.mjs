// @ts-check
/**
 * Measures a list of things in rounds: each round measures every thing once, in
 * list order, then the next round starts. Every thing is measured at least
 * once (when there is a round); after that, with `isSettled`, a thing whose
 * results already settle its verdict gets no more turns.
 *
 * Why rounds and not all of one thing's runs one after the other: on a shared
 * machine, load comes and goes. Runs taken back to back share the same moment,
 * so a busy minute can spoil every run of one page; in rounds, a page's runs are
 * spread over the whole audit (docs/quality-gates.md).
 *
 * @template T, R
 * @param {T[]} things
 * @param {number} rounds the most runs any thing gets
 * @param {(thing: T, round: number) => Promise<R>} measure
 * @param {(results: R[]) => boolean} [isSettled] true once no further run can change the thing's verdict (asked only once there is a result)
 * @returns {Promise<Map<T, R[]>>} every thing's results, in the order they were taken
 */
export async function measureInRounds(things, rounds, measure, isSettled = () => false) {
	/** @type {Map<T, R[]>} */
	const results = new Map(things.map((thing) => [thing, []]));
	for (let round = 1; round <= rounds; round += 1) {
		const due = [...results].filter(([, taken]) => taken.length === 0 || !isSettled(taken));
		if (!due.length) break;
		for (const [thing, taken] of due) taken.push(await measure(thing, round));
	}
	return results;
}
