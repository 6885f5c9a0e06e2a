/**
 * Exact log-likelihoods of a flow-matching model. A field trained by flow matching is still a CNF, so
 * chapter 5's instantaneous change of variables (Chen et al. 2018, arXiv 1806.07366, Theorem 1) gives
 *
 *   log p₁(x) = log N(z(0); 0, I) − ∫₀¹ tr ∂v/∂z (z(t), t) dt,   z(1) = x,
 *
 * from one backward solve of the augmented state (z, A) with dA/dt = tr ∂v/∂z, A(1) = 0, so that
 * log p₁(x) = log N(z(0)) + A(0). The engine is chapter 5's: `cnfFieldTrace` (forward-mode tangents, exact
 * trace) under app/solver's dopri5 in float64. The same function serves maximum-likelihood and
 * flow-matching models, so their numbers are comparable.
 *
 * With `eps`, the trace is Hutchinson's εᵀ(∂v/∂z)ε with one ε per point held for the whole solve
 * (FFJORD, arXiv 1810.01367, §3.1): an unbiased estimate of the same log-likelihood.
 */
import { odeint } from '../../solver';
import { cnfFieldTrace, cnfScratch, logStdNormal2, type CnfWeights } from '../cnf/model';
import type { DopriOptions } from './sample';

export interface LogLikelihoods {
  /** log p₁ at each point. */
  logp: Float64Array;
  /** Mean negative log-likelihood in nats. */
  nll: number;
  /** Mean field evaluations per point. */
  meanNfe: number;
}

export function logLikelihoods(w: CnfWeights, pts: ArrayLike<number>, tol: DopriOptions, eps?: ArrayLike<number>): LogLikelihoods {
  const s = cnfScratch(w);
  const n = pts.length / 2;
  const logp = new Float64Array(n);
  const f = [0, 0];
  let e0 = 0;
  let e1 = 0;
  const field = (t: number, y: Float64Array, dy: Float64Array) => {
    const tr = cnfFieldTrace(w, s, t, y[0], y[1], f);
    dy[0] = f[0];
    dy[1] = f[1];
    if (!eps) {
      dy[2] = tr;
      return;
    }
    // εᵀJε from the Jacobian's columns, which cnfFieldTrace leaves in its tangent buffers.
    const L = w.layers.length;
    const J00 = s.dh0[L][0];
    const J10 = s.dh0[L][1];
    const J01 = s.dh1[L][0];
    const J11 = s.dh1[L][1];
    dy[2] = e0 * (J00 * e0 + J01 * e1) + e1 * (J10 * e0 + J11 * e1);
  };
  let nfe = 0;
  let sum = 0;
  for (let k = 0; k < n; k++) {
    if (eps) {
      e0 = eps[2 * k];
      e1 = eps[2 * k + 1];
    }
    const sol = odeint(field, [pts[2 * k], pts[2 * k + 1], 0], [w.T, 0], { method: 'dopri5', rtol: tol.rtol, atol: tol.atol });
    const [zx, zy, A] = sol.ys[1];
    logp[k] = logStdNormal2(zx, zy) + A;
    sum += logp[k];
    nfe += sol.nfe;
  }
  return { logp, nll: -sum / n, meanNfe: nfe / n };
}
