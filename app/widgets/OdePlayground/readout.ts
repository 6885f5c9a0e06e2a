/**
 * The playground's readout in words, from a solved trajectory: every figure is the solver's own
 * (accepted, rejected, NFE) or a direct difference against the closed form.
 */
import type { Method } from '../../solver/types';
import { formatNumber } from '../../render/plot';
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
  if (!tr.counts) return `${from}: ${tr.failure ?? 'no solution'}`;
  const { accepted, rejected, nfe } = tr.counts;
  const counts = `${plural(accepted, 'step')} accepted, ${rejected} rejected, ${plural(nfe, 'evaluation')}`;
  const err = tr.error !== null ? `; error at t = ${formatNumber(t1)}: ${formatNumber(tr.error)}` : hasExact ? '' : '; no closed form to compare with';
  return `${from}: ${counts}${err}`;
}

export function readoutHeading(method: Method, h: number, tol: number, adaptive: boolean): string {
  return adaptive ? `${METHOD_LABELS[method]}, tolerance rtol = atol = ${formatNumber(tol)}` : `${METHOD_LABELS[method]}, step size h = ${formatNumber(h)}`;
}
