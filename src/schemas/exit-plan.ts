import { z } from 'zod';

const id = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
	.max(60);

/**
 * content/exit-plan/<locale>.json: the words of the exit plan. Step ids
 * match the timing table in src/lib/exit-plan/schedule.ts; saved ticks and
 * calendar entries depend on them, so rename the text, never the id.
 */
export const exitPlanContentSchema = z
	.object({
		steps: z.array(z.object({ id, title: z.string().min(3).max(80), detail: z.string().min(20).max(400) }).strict()).min(1),
		/** The lines of the handover acceptance form (交接确认书). */
		handover: z.array(z.object({ id, text: z.string().min(3).max(100) }).strict()).min(1),
	})
	.strict();

export type ExitPlanContent = z.infer<typeof exitPlanContentSchema>;
