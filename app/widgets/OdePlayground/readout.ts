/**
 * The playground's readout in words, from a solved trajectory: every figure is the solver's own
 * (accepted, rejected, NFE) or a direct difference against the closed form. The sentences come from the
 * widget's strings (strings.ts) in the page's language, passed in as `s`.
 */
import type { Method } from '../../solver/types';
import { formatNumber } from '../../render/plot';
import type { SolveFailure, Trajectory } from './solve';
import { odePlaygroundStrings, type OdePlaygroundStrings } from './strings';

/** The English method names (kept for callers that have no language). */
export const METHOD_LABELS: Record<Method, string> = odePlaygroundStrings.en.methods;

export function initialValueLabel(dim: 1 | 2, y0: readonly number[], t0: number): string {
  return dim === 1 ? `y(${formatNumber(t0)}) = ${formatNumber(y0[0])}` : `(x, y) = (${formatNumber(y0[0])}, ${formatNumber(y0[1])})`;
}

/** Why a solve stopped early, in words, with where. */
export function failureText(f: SolveFailure, s: OdePlaygroundStrings): string {
  const at = f.t === undefined ? null : String(Number(f.t.toPrecision(3)));
  switch (f.code) {
    case 'non-finite':
      return s.blewUp(at);
    case 'max-steps':
      return s.gaveUp(at, f.steps);
    case 'step-underflow':
      return s.underflow(at);
    case 'bad-input':
      return s.refused(f.detail);
  }
}

/** One line per trajectory, e.g. "From y(−2) = 1: 16 steps accepted, 0 rejected, 16 evaluations; error at t = 2: 1". */
export function readoutLine(tr: Trajectory, dim: 1 | 2, t0: number, t1: number, hasExact: boolean, s: OdePlaygroundStrings = odePlaygroundStrings.en): string {
  const from = s.from(initialValueLabel(dim, tr.y0, t0));
  const gap = s.fullStop === '.' ? ' ' : '';
  const unstable = tr.unstable ? `${gap}${instabilityText(tr.unstable, s)}` : '';
  if (!tr.counts) return `${from}${s.colon}${tr.failure ? failureText(tr.failure, s) : s.noSolution}${unstable}`;
  const { accepted, rejected, nfe } = tr.counts;
  const counts = s.counts(accepted, rejected, nfe);
  const err = tr.error !== null ? s.errorAt(formatNumber(t1), formatNumber(tr.error)) : hasExact ? '' : s.noClosedForm;
  return `${from}${s.colon}${counts}${err}${unstable ? `${s.fullStop}${unstable}` : ''}`;
}

/**
 * Why a fixed-step solution exploded, from its local linearisation: e.g. "Numerically unstable: the values
 * reach 1e195. At t = 0 the field's local rate is λ ≈ −1000 (its Jacobian), and each Euler step multiplies
 * deviations by |1 + hλ| = 99 > 1 although the exact solution decays there: take h < 0.002, or an adaptive method."
 */
export function instabilityText(u: NonNullable<Trajectory['unstable']>, s: OdePlaygroundStrings = odePlaygroundStrings.en): string {
  const { method } = u;
  const lambda = u.lambda.im === 0 ? formatNumber(u.lambda.re) : `${formatNumber(u.lambda.re)} ± ${formatNumber(Math.abs(u.lambda.im))}i`;
  return s.unstable({
    reach: Number.isFinite(u.peak) ? s.valuesReach(formatNumber(u.peak)) : s.valuesOverflow,
    t: formatNumber(u.t),
    lambda,
    method: s.methods[method],
    factorName: method === 'euler' ? '|1 + hλ|' : s.stabilityFunction,
    factor: formatNumber(u.factor),
    hStable: formatNumber(u.hStable),
  });
}

export function readoutHeading(method: Method, h: number, tol: number, adaptive: boolean, s: OdePlaygroundStrings = odePlaygroundStrings.en): string {
  return adaptive ? s.headingAdaptive(s.methods[method], formatNumber(tol)) : s.headingFixed(s.methods[method], formatNumber(h));
}
