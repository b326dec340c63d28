import fc from 'fast-check';

/**
 * Every property test in the unit suite ends within a bounded time, pass or fail.
 *
 * fast-check runs a synchronous property, and its shrinking, inside one call that vitest's
 * test timeout cannot interrupt: a bug found in the first runs could shrink for many minutes
 * before vitest sees a verdict. `interruptAfterTimeLimit` stops the whole assertion (the
 * runs and the shrinking) after this many milliseconds:
 * - a property that has already failed reports that failure, with the smallest
 *   counterexample found so far, so a bug fails the suite within seconds;
 * - a property still passing when the time is up passes on the runs it made
 *   (`markInterruptAsFailure: false`), so a slow machine makes fewer runs rather than a flaky failure.
 */
export const propertyTimeLimitMs = 15_000;

fc.configureGlobal({
	interruptAfterTimeLimit: propertyTimeLimitMs,
	markInterruptAsFailure: false,
});
