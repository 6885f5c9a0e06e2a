/** What the reader can set in the convergence plot: the problem (presets with a closed form or a reference). */
import type { PresetId } from '../math/problems/presets';
import { oneOf, type Values } from './urlSchema';

/**
 * Problems offered. Left out: y′ = 2t (midpoint, RK4 and Dopri5 are exact on it, so there is no slope to
 * fit) and the spiral (Euler's large steps on it leave the asymptotic range).
 */
export const CONVERGENCE_PROBLEMS = ['harmonic', 'forced', 'decay', 'logistic', 'stiff', 'pendulum', 'vanderpol'] as const satisfies readonly PresetId[];
export type ConvergenceProblemId = (typeof CONVERGENCE_PROBLEMS)[number];

export const convergencePlotSchema = {
  eq: oneOf<ConvergenceProblemId>(CONVERGENCE_PROBLEMS, 'harmonic'),
};
export type ConvergencePlotValues = Values<typeof convergencePlotSchema>;
