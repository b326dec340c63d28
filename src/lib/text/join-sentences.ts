/**
 * Sentences run together the way the language writes them: spaced in English, not in Chinese.
 * Its own module (not template.ts, which every tool loads): only the fee calculator and the planner use it.
 */
export function joinSentences(sentences: readonly string[], t: { spacedSentences: boolean }): string {
	return sentences.join(t.spacedSentences ? ' ' : '');
}
