import type { Locale } from '../../i18n/locales';

type ToolComponent = (props: { locale: Locale; variant?: 'full' | 'compact' }) => unknown;

/**
 * Tool wrappers found in this folder, by tool id. Looked up rather than
 * imported by name so a page can show "coming soon" for a tool not yet built.
 */
const modules = import.meta.glob<{ default: ToolComponent }>('./*.astro', { eager: true });

const fileByTool = {
	'fee-calculator': './FeeCalculator.astro',
	checklist: './Checklist.astro',
	scorecard: './Scorecard.astro',
	'contract-check': './ContractCheck.astro',
	'exit-plan': './ExitPlan.astro',
} as const;

export type ToolId = keyof typeof fileByTool;

export const toolComponents = Object.fromEntries(
	Object.entries(fileByTool).map(([tool, file]) => [tool, modules[file]?.default]),
) as Record<ToolId, ToolComponent | undefined>;
