/**
 * What the reader can set in the ODE playground, as a URL schema (urlSchema.ts). Everything else (the
 * trajectories, the step marks, the readout) is derived from these.
 */
import { METHODS, type Method } from '../solver/types';
import { PRESET_IDS, type PresetId } from '../math/problems/presets';
import { MAX_FORMULA_LENGTH } from '../math/expr';
import { num, numList, oneOf, text, type Values } from './urlSchema';

/** A preset, or a typed equation: `custom` is scalar (dy/dt = f), `custom2` a planar pair. */
export type EquationChoice = PresetId | 'custom' | 'custom2';
export const EQUATIONS: readonly EquationChoice[] = [...PRESET_IDS, 'custom', 'custom2'];

/** Step size for the fixed-step methods: the slider's range (the smallest keeps Euler on [0, 25] to 2,500 steps). */
export const STEP_RANGE = { min: 0.01, max: 1, default: 0.25 } as const;
/** Tolerance (rtol = atol) for the adaptive methods, as log10: 1e-10 … 1e-1, default 1e-3. */
export const LOG_TOL_RANGE = { min: -10, max: -1, default: -3 } as const;

export const odePlaygroundSchema = {
  eq: oneOf<EquationChoice>(EQUATIONS, 'power'),
  method: oneOf<Method>(METHODS, 'euler'),
  h: num({ default: STEP_RANGE.default, min: STEP_RANGE.min, max: STEP_RANGE.max }),
  tol: num({ default: LOG_TOL_RANGE.default, min: LOG_TOL_RANGE.min, max: LOG_TOL_RANGE.max, note: { en: 'tol is the log10 of the tolerance: -3 means 0.001', zh: 'tol 是容差以 10 为底的对数：-3 表示 0.001' } }),
  /** Initial values; empty means the equation's own defaults. Planar: x, y pairs. */
  y0: numList([], { min: -50, max: 50, maxItems: 8 }),
  f: text('sin(t) - y', MAX_FORMULA_LENGTH),
  fx: text('y', MAX_FORMULA_LENGTH),
  fy: text('-x - 0.3*y', MAX_FORMULA_LENGTH),
};

export type OdePlaygroundSchema = typeof odePlaygroundSchema;
export type OdePlaygroundValues = Values<OdePlaygroundSchema>;
