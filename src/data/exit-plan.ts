import en from '../../content/exit-plan/en.json';
import zh from '../../content/exit-plan/zh.json';
import type { Locale } from '../i18n/locales';
import { exitPlanContentSchema, type ExitPlanContent } from '../schemas/exit-plan';

/** The exit plan's words per locale, validated when the site builds. */
export const exitPlanContent: Record<Locale, ExitPlanContent> = {
	en: exitPlanContentSchema.parse(en),
	zh: exitPlanContentSchema.parse(zh),
};
