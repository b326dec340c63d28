import { evaluateContract } from './contract';
import type { CalculatorState, ContractResult } from './types';

/** The forecast shares the sensitivity view checks: sales at half, as forecast, and half again. */
export const sensitivityFactors = [0.5, 1, 1.5] as const;

export interface SensitivityScenario {
	/** Share of the forecast GMV, e.g. 0.5. */
	factor: number;
	result: ContractResult;
}

/** The contract re-run with every month's GMV scaled, to show how each quote reacts when sales miss or beat the forecast. */
export function sensitivity(state: CalculatorState, factors: readonly number[] = sensitivityFactors): SensitivityScenario[] {
	return factors.map((factor) => ({
		factor,
		result: evaluateContract({ ...state, monthlyGmv: state.monthlyGmv * factor }),
	}));
}
