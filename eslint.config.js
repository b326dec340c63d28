// @ts-check
/**
 * Lint gate (`npm run lint`, `--max-warnings 0`): JavaScript and TypeScript
 * recommended rules, Astro's recommended rules, and jsx-a11y on Preact islands
 * and Astro templates, so an inaccessible pattern fails before any browser runs.
 */
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
// @ts-expect-error -- eslint-plugin-jsx-a11y ships no type declarations.
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/*
 * src/lib is pure logic: it runs the same in a browser, in Node and in tests, so it may use
 * the language and Intl but neither the DOM nor Node. These globals are what browsers and
 * Node add to the language; the few that both share and that pure code may call stay allowed.
 */
const sharedPureGlobals = new Set(['URL', 'URLSearchParams', 'TextEncoder', 'TextDecoder', 'structuredClone', 'queueMicrotask', 'console']);
const languageGlobals = new Set(Object.keys(globals.es2025));
const hostGlobals = [...new Set([...Object.keys(globals.browser), ...Object.keys(globals.node)])].filter(
	(name) => !languageGlobals.has(name) && !sharedPureGlobals.has(name),
);

export default defineConfig(
	{
		// Build output, and fixture files that stand in for build output in unit tests.
		ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'test/fixtures/'],
	},
	js.configs.recommended,
	...tseslint.configs.recommended,
	...astro.configs['flat/recommended'],
	...astro.configs['flat/jsx-a11y-recommended'],
	{
		// eslint-plugin-astro's jsx-a11y config above already registers the plugin for every
		// file (registering it twice is an error), so Preact islands only take its rules here.
		files: ['**/*.tsx', '**/*.jsx'],
		languageOptions: jsxA11y.flatConfigs.recommended.languageOptions,
		rules: jsxA11y.flatConfigs.recommended.rules,
	},
	{
		files: ['**/*.tsx', '**/*.jsx'],
		rules: {
			// A scrollable table wrapper is a labelled region (a named <section>) with tabIndex={0} so
			// keyboard users can scroll it (WCAG 2.1.1; axe's scrollable-region-focusable asks for exactly this).
			'jsx-a11y/no-noninteractive-tabindex': ['error', { tags: ['section'], roles: ['tabpanel', 'region'], allowExpressionValues: true }],
		},
	},
	{
		languageOptions: {
			globals: { ...globals.browser, ...globals.node },
		},
		rules: {
			// The code that matches control characters does so on purpose: it strips them from
			// names and notes people type or import. ESLint's docs say to turn the rule off then.
			'no-control-regex': 'off',
			// A leading underscore marks a parameter that an interface requires but this code ignores;
			// `const { dropped, ...kept } = object` is how code here leaves keys out of an object.
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
		},
	},
	{
		// src/lib stays pure: no Node modules, no framework, no DOM or Node globals (see hostGlobals above).
		files: ['src/lib/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{ regex: '^node:', message: 'src/lib is pure: no Node modules. Put Node code in src/integrations or scripts.' },
						{
							regex: '^(fs|path|crypto|os|url|zlib|child_process|buffer|stream|util)(/|$)',
							message: 'src/lib is pure: no Node modules. Put Node code in src/integrations or scripts.',
						},
						{
							group: ['preact', 'preact/*', 'astro', 'astro:*', 'astro/*'],
							message: 'src/lib is pure: no framework. Islands and components import src/lib, not the other way round.',
						},
						{ regex: '(^|/)(i18n|components|data|integrations)/', message: 'src/lib imports only src/lib (the locale list is src/lib/locale.ts).' },
					],
				},
			],
			'no-restricted-globals': [
				'error',
				...hostGlobals.map((name) => ({ name, message: 'src/lib is pure: no DOM or Node globals; take what you need as a parameter.' })),
			],
		},
	},
);
