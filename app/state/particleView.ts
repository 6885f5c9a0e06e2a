/** What the reader can set in the particle view. */
import { PLANAR_PRESETS, type PresetId } from '../math/problems/presets';
import { MAX_FORMULA_LENGTH } from '../math/expr';
import { bool, num, oneOf, text, type Values } from './urlSchema';

export type ParticleEquation = PresetId | 'custom2';
export const PARTICLE_EQUATIONS: readonly ParticleEquation[] = [...PLANAR_PRESETS, 'custom2'];
export const PARTICLE_METHODS = ['euler', 'midpoint', 'rk4'] as const;
/** Step per frame: at 60 frames a second, h = 0.02 runs the flow at 1.2 time units a second. */
export const PARTICLE_STEP = { min: 0.005, max: 0.1, default: 0.02 } as const;

export const particleViewSchema = {
  eq: oneOf<ParticleEquation>(PARTICLE_EQUATIONS, 'vanderpol'),
  method: oneOf<(typeof PARTICLE_METHODS)[number]>(PARTICLE_METHODS, 'rk4'),
  h: num({ default: PARTICLE_STEP.default, min: PARTICLE_STEP.min, max: PARTICLE_STEP.max }),
  fx: text('y', MAX_FORMULA_LENGTH),
  fy: text('-x - 0.3*y', MAX_FORMULA_LENGTH),
  /** Off forces the plain-JavaScript path (to compare, or to test it). */
  gpu: bool(true),
  seed: num({ default: 1, min: 0, max: 2 ** 31, integer: true }),
};
export type ParticleViewValues = Values<typeof particleViewSchema>;
