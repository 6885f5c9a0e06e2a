// Lint, including the one-way import rule of DESIGN.md:
// shell → mdx → widgets → (render, runtime, state) → nn → solver → math.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const layer = (name) => [`**/${name}`, `**/${name}/**`];
const ui = ['react', 'react-dom', 'react-dom/*', 'd3', 'd3-*', 'zustand', 'zustand/*', '@mdx-js/*', 'wouter', 'katex'];
const react = ['react', 'react-dom', 'react-dom/*'];
const tfjs = ['@tensorflow/*'];
const forbid = (message, ...groups) => ({ group: groups.flat(), message });

/**
 * Stepping code (tableaux, steppers, step-size control, generated stage code) lives in app/solver and app/nn
 * (issue 14): other layers call odeint or the nn paths, they do not build integrators. Two rules: no import
 * of the stepping modules, and no import of their names through the solver's index. Reading the tableaux
 * (the playground's stability function R(hλ)) is allowed; writing one out is not (`tableauLiteral`).
 */
const STEPPING_MODULES = ['**/solver/rk', '**/solver/rk.ts', '**/solver/controller*', '**/solver/fixed*', '**/solver/adaptive*', '**/solver/dopri5Fast*', '**/nn/core/rkGeneric*', '**/nn/core/rkTensor*', '**/nn/gl/rkGlsl*'];
const STEPPING_NAMES = ['makeRkWork', 'fixedStepInPlace', 'CONTROLLER_DEFAULTS', 'optimalStepSize', 'stepRule', 'applyStepRule', 'initialStepGuess', 'initialStepFromProbe', 'errorRatioRms'];
const STEPPING_MESSAGE = 'Stepping code lives in app/solver and app/nn: call odeint or an app/nn path instead of building an integrator here.';
/**
 * The solver's index is for `odeint` (and types). Any other name imported through it brings odeint along: the
 * bundler keeps the index's whole graph in the chunk, and so the particle view once carried a second copy of
 * odeint onto chapter 1's main thread, where the playground solves in a worker (issue 14). Import the tableaux,
 * the stepper and the rest from their own files in app/solver.
 */
const solverIndex = { regex: '(^|/)solver(/index(\\.ts)?)?$', allowImportNames: ['odeint', 'ODEINT_DEFAULTS'], allowTypeImports: true, message: 'Through the solver index only odeint (and types): import other names from their own file in app/solver, or odeint comes along into the chunk.' };
const stepping = [forbid(STEPPING_MESSAGE, STEPPING_MODULES), { group: ['**/solver', '**/solver/index*'], importNames: STEPPING_NAMES, message: STEPPING_MESSAGE }, solverIndex];
/** A Butcher tableau written out by hand (an object with `beta` and `cSol`) outside app/solver. */
const tableauLiteral = { selector: "ObjectExpression:has(> Property[key.name='cSol']):has(> Property[key.name='beta'])", message: 'Runge–Kutta tableaux live in app/solver/tableaux.ts; read them from there.' };

/**
 * The formula reader (mathjs, ≈ 88 kB gzip) is loaded on demand with `loadFormulaCompiler()` from app/math/expr,
 * so chapter 1 stays within its budget when a reader uses only presets (issue 14): no static import of it
 * from outside app/math (types are fine).
 */
const lazyParser = { group: ['mathjs', 'mathjs/*', '**/math/expr/parse', '**/math/expr/parse.ts', '**/math/expr/formulas', '**/math/expr/formulas.ts'], allowTypeImports: true, message: 'The formula parser is loaded on demand: call loadFormulaCompiler() from app/math/expr (types may be imported).' };

/** One override per layer: what it may not import. (Each override replaces the rule for its files, so a layer lists all its groups.) */
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
    steppingFree: true,
  },
  {
    files: ['app/nn/**/*.ts'],
    patterns: [
      lazyParser,
      solverIndex,
      forbid('nn is tfjs and numerics only: no UI.', ui),
      forbid('nn imports only solver and math.', ...['render', 'runtime', 'state', 'widgets', 'mdx', 'shell'].map(layer)),
    ],
  },
  {
    files: ['app/render/**/*.{ts,tsx}'],
    patterns: [
      lazyParser,
      forbid('render, runtime and state sit below the widgets.', ...['widgets', 'mdx', 'shell'].map(layer)),
      forbid('render only draws: no tfjs (tensor work is app/nn, run by app/runtime).', tfjs, '**/runtime/tfLoad*', '**/runtime/workerTfLoad*', '**/nn/core/tf', '**/nn/core/tf.ts'),
      forbid('render only draws: no React (components belong to the widgets).', react),
      ...stepping,
    ],
    steppingFree: true,
  },
  {
    // The chart kit's React pieces (Axes.tsx, useWidth.ts) are being moved out of render by the `figures`
    // branch; until then app/render/plot is exempt from the no-React rule, and only from that one.
    files: ['app/render/plot/**/*.{ts,tsx}'],
    patterns: [
      lazyParser,
      forbid('render, runtime and state sit below the widgets.', ...['widgets', 'mdx', 'shell'].map(layer)),
      forbid('render only draws: no tfjs (tensor work is app/nn, run by app/runtime).', tfjs, '**/runtime/tfLoad*', '**/runtime/workerTfLoad*', '**/nn/core/tf', '**/nn/core/tf.ts'),
      ...stepping,
    ],
    steppingFree: true,
  },
  {
    files: ['app/runtime/**/*.{ts,tsx}', 'app/state/**/*.{ts,tsx}'],
    patterns: [lazyParser, forbid('render, runtime and state sit below the widgets.', ...['widgets', 'mdx', 'shell'].map(layer)), ...stepping],
    steppingFree: true,
  },
  {
    files: ['app/widgets/**/*.{ts,tsx}'],
    patterns: [
      lazyParser,
      forbid('Widgets sit below mdx and shell.', ...['mdx', 'shell'].map(layer)),
      forbid('Widgets hold no tensor code: tfjs is reached through app/nn (the models) and app/runtime (backends, workers).', tfjs, '**/runtime/tfLoad*', '**/runtime/workerTfLoad*', '**/nn/core/tf', '**/nn/core/tf.ts'),
      ...stepping,
    ],
    steppingFree: true,
  },
  {
    files: ['app/mdx/**/*.{ts,tsx}'],
    patterns: [lazyParser, forbid('mdx sits below shell.', layer('shell')), ...stepping],
    steppingFree: true,
  },
  {
    files: ['app/shell/**/*.{ts,tsx}'],
    patterns: [lazyParser, ...stepping],
    steppingFree: true,
  },
];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-base/**', 'dist-bench/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'public/**'] },
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
  ...boundaries.map(({ files, patterns, globals: noDom, steppingFree }) => ({
    files,
    rules: {
      'no-restricted-imports': ['error', { patterns }],
      ...(steppingFree ? { 'no-restricted-syntax': ['error', tableauLiteral] } : {}),
      ...(noDom
        ? {
            'no-restricted-globals': ['error', ...['window', 'document', 'navigator', 'requestAnimationFrame', 'HTMLElement'].map((name) => ({ name, message: 'The numerical core runs in Node: no DOM.' }))],
          }
        : {}),
    },
  })),
);
