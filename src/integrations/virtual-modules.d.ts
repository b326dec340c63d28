/** The modules of src/integrations/contract-advice.ts (a file of its own: a .d.ts beside the plugin's .ts would be taken for its output and skipped). */
declare module 'virtual:contract-advice/*' {
	const advice: {
		other: 'en' | 'zh';
		topics: { id: string; dispute: string; ask: string; clause: string; otherClause?: string }[];
	};
	export default advice;
}
