/**
 * The gradient check's float64 side: central finite differences (the reference) and Algorithm 1 at a chosen
 * backward tolerance, for the spiral network of the backward-pass animation. The tfjs columns (backprop
 * through `odeintTensor`, and `odeintAdjoint`) live in tensorGradients.ts.
 */
import { adjoint, forward } from './algorithm1';
import { backwardProblem } from './backwardScene';


/** A full gradient: dL/dz0 followed by dL/dθ (2 + 12 numbers for the spiral network). */
export type FlatGradient = Float64Array;

export const flatten = (g: { dLdz0: ArrayLike<number>; dLdTheta: ArrayLike<number> }): FlatGradient =>
  Float64Array.from([...Array.from(g.dLdz0), ...Array.from(g.dLdTheta)]);

/** Names of the flat gradient's entries. */
export function gradientNames(paramNames: readonly string[]): string[] {
  return ['z0[0]', 'z0[1]', ...paramNames];
}

/** The entries the table shows (indices into the flat gradient): both of dL/dz0 and one of each weight kind. */
export const TABLE_ROWS = [0, 1, 2, 6, 9, 13];

/** Forward tolerances of the float64 adjoint: tight, so the backward tolerance is what the reader varies. */
export const F64_FORWARD = { rtol: 1e-10, atol: 1e-12 };

export interface AdjointF64 {
  gradient: FlatGradient;
  backwardNfe: number;
  forwardNfe: number;
}

/** Algorithm 1 at backward rtol 10^btolExp (atol = rtol/100). */
export function adjointF64(damping: number, T: number, btolExp: number): AdjointF64 {
  const p = backwardProblem({ damping, T, btolExp });
  const fw = forward(p, F64_FORWARD);
  const rtol = 10 ** btolExp;
  const r = adjoint(p, fw.zs, { rtol, atol: rtol / 100, checkpoint: false });
  return { gradient: flatten(r), backwardNfe: r.nfe, forwardNfe: fw.nfe };
}


/** The backward tolerances of the error-against-tolerance curve (log10 rtol). */
export const BTOL_SERIES = [-2, -3, -4, -5, -6, -7, -8, -9, -10, -11, -12];
