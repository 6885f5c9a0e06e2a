// Lint, including the one-way import rule of DESIGN.md:
// shell → mdx → widgets → (render, runtime, state) → nn → solver → math.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const layer = (name) => [`**/${name}`, `**/${name}/**`];
const ui = ['react', 'react-dom', 'react-dom/*', 'd3', 'd3-*', 'zustand', 'zustand/*', '@mdx-js/*', 'wouter', 'katex'];
const tfjs = ['@tensorflow/*'];
const forbid = (message, ...groups) => ({ group: groups.flat(), message });

/** One override per layer: what it may not import. */
const boundaries = [
  {
    files: ['app/solver/**/*.ts'],
    patterns: [
      forbid('The numerical core is plain TypeScript: no UI, no tfjs.', ui, tfjs),
      forbid('The numerical core imports nothing above it.', ...['nn', 'render', 'runtime', 'state', 'widgets', 'mdx', 'shell'].map(layer)),
    ],
    globals: true,
  },
  {
    files: ['app/math/**/*.ts'],
    patterns: [
      forbid('The numerical core is plain TypeScript: no UI, no tfjs.', ui, tfjs),
      forbid('math is the bottom layer: it imports no other layer.', ...['solver', 'nn', 'render', 'runtime', 'state', 'widgets', 'mdx', 'shell'].map(layer)),
    ],
    globals: true,
  },
  {
    files: ['app/nn/**/*.ts'],
    patterns: [
      forbid('nn is tfjs and numerics only: no UI.', ui),
      forbid('nn imports only solver and math.', ...['render', 'runtime', 'state', 'widgets', 'mdx', 'shell'].map(layer)),
    ],
  },
  {
    files: ['app/render/**/*.{ts,tsx}', 'app/runtime/**/*.{ts,tsx}', 'app/state/**/*.{ts,tsx}'],
    patterns: [forbid('render, runtime and state sit below the widgets.', ...['widgets', 'mdx', 'shell'].map(layer))],
  },
  {
    files: ['app/widgets/**/*.{ts,tsx}'],
    patterns: [forbid('Widgets sit below mdx and shell.', ...['mdx', 'shell'].map(layer))],
  },
  {
    files: ['app/mdx/**/*.{ts,tsx}'],
    patterns: [forbid('mdx sits below shell.', layer('shell'))],
  },
];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-base/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'public/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-new-func': 'error',
    },
  },
  ...boundaries.map(({ files, patterns, globals: noDom }) => ({
    files,
    rules: {
      'no-restricted-imports': ['error', { patterns }],
      ...(noDom
        ? {
            'no-restricted-globals': ['error', ...['window', 'document', 'navigator', 'requestAnimationFrame', 'HTMLElement'].map((name) => ({ name, message: 'The numerical core runs in Node: no DOM.' }))],
          }
        : {}),
    },
  })),
);
