/**
 * The adjoint method as torchdiffeq's `odeint_adjoint` runs it (adjoint.py:35-153; TORCHDIFFEQ_NOTES §6;
 * the paper's Algorithm 1 applied interval by interval):
 *
 * augmented state z = [y, a, a_θ], dynamics in t: (f(y), −aᵀ∂f/∂y, −aᵀ∂f/∂θ) — one f and one VJP per
 * evaluation. One backward solve per output interval [t_i, t_{i−1}], i = N−1 … 1, integrated in s = −t
 * (so the signs flip), with the same method and tolerances as the forward solve; after each interval y is
 * reset to the stored forward value y(t_{i−1}) and ∂L/∂y(t_{i−1}) is added to a. The error norm is
 * torchdiffeq's default adjoint norm: the largest RMS over the groups y, a and each parameter tensor
 * (not a seminorm). The time-gradient component is omitted: it stays 0 because t is not trained.
 */
import { mlpVjp, N_PARAMS, PARAM_GROUPS } from './mlp';
import { mixedNorm, rkSolve } from './rk';
import type { Tableau } from './tableaus';

export interface AdjointResult {
  grad: Float64Array;
  /** Evaluations of the augmented dynamics (each is one f plus one VJP). */
  nfe: number;
}

export function adjointGrad(params: Float64Array, ys: Float64Array[], t: ArrayLike<number>, dLdys: Float64Array[], tab: Tableau, rtol: number, atol: number): AdjointResult {
  const n = ys[0].length;
  const N = 2 * n + N_PARAMS;
  const groups: [number, number][] = [[0, n], [n, 2 * n], ...PARAM_GROUPS.map(([a, b]): [number, number] => [2 * n + a, 2 * n + b])];
  const norm = mixedNorm(groups);
  const gp = new Float64Array(N_PARAMS), gy = new Float64Array(n);
  const yv = new Float64Array(n), av = new Float64Array(n), fv = new Float64Array(n);
  // d/ds of [y, a, a_θ] with s = −t: (−f, +aᵀ∂f/∂y, +aᵀ∂f/∂θ).
  const aug = (_s: number, z: Float64Array, out: Float64Array) => {
    for (let e = 0; e < n; e++) {
      yv[e] = z[e];
      av[e] = z[n + e];
    }
    gp.fill(0);
    mlpVjp(params, yv, av, gp, gy, fv);
    for (let e = 0; e < n; e++) {
      out[e] = -fv[e];
      out[n + e] = gy[e];
    }
    out.set(gp, 2 * n);
  };
  const z = new Float64Array(N);
  z.set(dLdys[ys.length - 1], n);
  let nfe = 0;
  for (let i = ys.length - 1; i >= 1; i--) {
    z.set(ys[i], 0);
    const sol = rkSolve(aug, z, [-t[i], -t[i - 1]], { tableau: tab, rtol, atol, norm });
    nfe += sol.nfe;
    z.set(sol.ys[1]);
    const g = dLdys[i - 1];
    for (let e = 0; e < n; e++) z[n + e] += g[e];
  }
  return { grad: z.slice(2 * n), nfe };
}
