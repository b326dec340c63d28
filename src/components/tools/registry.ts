import type { ToolId } from '../../lib/site/routes';
import Checklist from './Checklist.astro';
import ContractCheck from './ContractCheck.astro';
import CostPlanner from './CostPlanner.astro';
import ExitPlan from './ExitPlan.astro';
import FeeCalculator from './FeeCalculator.astro';
import Scorecard from './Scorecard.astro';

export type { ToolId };

/**
 * The Astro wrapper of each tool, by the tool's one id (src/lib/site/routes.ts `toolPaths`).
 * Each takes `{ locale, variant?: 'full' | 'compact' }`.
 */
export const toolComponents = {
	'fee-calculator': FeeCalculator,
	checklist: Checklist,
	scorecard: Scorecard,
	'contract-check': ContractCheck,
	'exit-plan': ExitPlan,
	'cost-planner': CostPlanner,
} satisfies Record<ToolId, unknown>;
