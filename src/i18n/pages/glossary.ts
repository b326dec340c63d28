import type { Locale } from '../locales';

interface GlossaryPageStrings {
	title: string;
	description: string;
	/** When an editor last checked the definitions (ISO date). */
	lastReviewed: string;
}

export const glossaryStrings = {
	en: {
		title: 'Glossary: the words you will meet',
		description: 'Plain definitions of the Chinese and English terms merchants meet when hiring a Tmall agency, from 提点 and 保底 to DSR and 直通车.',
		lastReviewed: '2026-12-06',
	},
	zh: {
		title: '术语表：代运营常见说法',
		description: '找代运营时常遇到的中英文术语，用大白话解释：从提点、保底到 DSR、直通车。',
		lastReviewed: '2026-12-06',
	},
} satisfies Record<Locale, GlossaryPageStrings>;
