import type { TopicOutline } from '../../../../src/lib/contract-check/rules';

/** A small rule set in the shape of the real one: options with marks, one figure with limits. */
export const topics: TopicOutline[] = [
	{
		id: 'notice-period',
		options: [
			{ id: 'same-for-both', mark: 'green' },
			{ id: 'agency-shorter', mark: 'amber' },
			{ id: 'absent', mark: 'amber' },
		],
		value: {
			unit: 'days',
			min: 0,
			max: 730,
			appliesTo: ['same-for-both', 'agency-shorter'],
			rules: [
				{ below: 60, mark: 'amber' },
				{ above: 90, mark: 'amber' },
				{ above: 180, mark: 'red' },
			],
		},
	},
	{
		id: 'fee-refund',
		options: [
			{ id: 'pro-rata', mark: 'green' },
			{ id: 'non-refundable', mark: 'red' },
			{ id: 'absent', mark: 'amber' },
		],
	},
	{
		id: 'penalty',
		options: [
			{ id: 'mutual', mark: 'green' },
			{ id: 'merchant-only', mark: 'amber' },
			{ id: 'absent', mark: 'green' },
		],
		value: {
			unit: 'percent',
			min: 0,
			max: 1000,
			appliesTo: ['mutual', 'merchant-only'],
			rules: [
				{ above: 10, mark: 'amber' },
				{ above: 20, mark: 'red' },
			],
		},
	},
];
