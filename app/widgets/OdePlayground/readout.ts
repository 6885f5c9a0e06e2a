/**
 * The playground's readout in words, from a solved trajectory: every figure is the solver's own
 * (accepted, rejected, NFE) or a direct difference against the closed form.
 */
import type { Method } from '../../solver/types';
import { formatNumber } from '../../render/plot/scales';
import type { Trajectory } from './solve';

export const METHOD_LABELS: Record<Method, string> = {
  euler: 'Euler',
  midpoint: 'Midpoint',
  rk4: 'RK4 (3/8 rule)',
  bosh3: 'Bosh3',
  dopri5: 'Dopri5',
};

export function initialValueLabel(dim: 1 | 2, y0: readonly number[], t0: number): string {
  return dim === 1 ? `y(${formatNumber(t0)}) = ${formatNumber(y0[0])}` : `(x, y) = (${formatNumber(y0[0])}, ${formatNumber(y0[1])})`;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** One line per trajectory, e.g. "From y(−2) = 1: 16 steps accepted, 0 rejected, 16 evaluations; error at t = 2: 1". */
export function readoutLine(tr: Trajectory, dim: 1 | 2, t0: number, t1: number, hasExact: boolean): string {
  const from = `From ${initialValueLabel(dim, tr.y0, t0)}`;
  const unstable = tr.unstable ? ` ${instabilityText(tr.unstable)}` : '';
  if (!tr.counts) return `${from}: ${tr.failure ?? 'no solution'}${unstable}`;
  const { accepted, rejected, nfe } = tr.counts;
  const counts = `${plural(accepted, 'step')} accepted, ${rejected} rejected, ${plural(nfe, 'evaluation')}`;
  const err = tr.error !== null ? `; error at t = ${formatNumber(t1)}: ${formatNumber(tr.error)}` : hasExact ? '' : '; no closed form to compare with';
  return `${from}: ${counts}${err}${unstable ? `.${unstable}` : ''}`;
}

/**
 * Why a fixed-step solution exploded, from its local linearisation: e.g. "Numerically unstable: the values
 * reach 1e195. At t = 0 the field's local rate is λ ≈ −1000 (its Jacobian), and each Euler step multiplies
 * deviations by |1 + hλ| = 99 > 1 although the exact solution decays there: take h < 0.002, or an adaptive method."
 */
export function instabilityText(u: NonNullable<Trajectory['unstable']>): string {
  const { method } = u;
  const lam = u.lambda.im === 0 ? formatNumber(u.lambda.re) : `${formatNumber(u.lambda.re)} ± ${formatNumber(Math.abs(u.lambda.im))}i`;
  const factorName = method === 'euler' ? '|1 + hλ|' : '|R(hλ)|, its stability function,';
  const reach = Number.isFinite(u.peak) ? `the values reach ${formatNumber(u.peak)}` : 'the values overflow';
  return `Numerically unstable: ${reach}. At t = ${formatNumber(u.t)} the field's local rate (an eigenvalue of its Jacobian) is λ ≈ ${lam}, and each ${METHOD_LABELS[method]} step multiplies deviations by ${factorName} = ${formatNumber(u.factor)} > 1, although the exact solution decays there: take h < ${formatNumber(u.hStable)}, or an adaptive method.`;
}

export function readoutHeading(method: Method, h: number, tol: number, adaptive: boolean): string {
  return adaptive ? `${METHOD_LABELS[method]}, tolerance rtol = atol = ${formatNumber(tol)}` : `${METHOD_LABELS[method]}, step size h = ${formatNumber(h)}`;
}
