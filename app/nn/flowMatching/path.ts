/**
 * The linear probability path of flow matching and rectified flow, and what regressing on it targets.
 *
 * Noise x₀ ~ N(0, I) sits at t = 0 and data x₁ at t = 1 (Lipman et al. 2023, arXiv 2210.02747, §4.1,
 * "Example II", with σ_min = 0; Liu, Gong & Liu 2023, arXiv 2209.03003, §2). A pair (x₀, x₁) and a time t give
 *
 *   x_t = (1 − t) x₀ + t x₁,        the conditional velocity  d x_t / dt = x₁ − x₀.
 *
 * The conditional flow-matching (CFM) loss regresses a field v(x, t) on that velocity,
 *
 *   L(v) = E_{t ~ U[0,1], (x₀, x₁)} ‖v(x_t, t) − (x₁ − x₀)‖²,
 *
 * and its minimiser over all fields is the conditional mean u_t(x) = E[x₁ − x₀ | x_t = x], the marginal
 * field, which carries the noise distribution to the data distribution (Lipman et al. §3.1 Theorem 1, §3.2
 * Theorem 2: L differs from E‖v − u_t‖² by a constant, so the gradients agree).
 *
 * Esser et al. 2024 (arXiv 2403.03206, §3) write the same path with time reversed: data at t = 0, noise at 1.
 */
import type { Rng } from '../../math/rng';

/** One CFM batch, flat [x, y] rows: the endpoints, the time, the point on the path and the target velocity. */
export interface CfmBatch {
  x0: Float32Array;
  x1: Float32Array;
  t: Float32Array;
  xt: Float32Array;
  u: Float32Array;
}

/**
 * Draws a CFM batch of `n` rows. Without `pairs`, x₁ is a uniformly chosen data point and x₀ fresh noise
 * (the independent coupling of flow matching); with `pairs` (reflow), row k of x₀ and x₁ come together
 * from the same index of `pairs.x0` / `data`. t ~ U[0, 1).
 */
export function sampleCfmBatch(data: ArrayLike<number>, n: number, rng: Rng, pairs?: { x0: ArrayLike<number> }): CfmBatch {
  const m = data.length / 2;
  if (!(m >= 1)) throw new Error('flow matching needs at least one data point');
  const b: CfmBatch = { x0: new Float32Array(2 * n), x1: new Float32Array(2 * n), t: new Float32Array(n), xt: new Float32Array(2 * n), u: new Float32Array(2 * n) };
  for (let k = 0; k < n; k++) {
    const i = rng.int(m);
    const t = rng.next();
    for (let d = 0; d < 2; d++) {
      const a = pairs ? pairs.x0[2 * i + d] : rng.normal();
      const z = data[2 * i + d];
      b.x0[2 * k + d] = a;
      b.x1[2 * k + d] = z;
      b.xt[2 * k + d] = (1 - t) * a + t * z;
      b.u[2 * k + d] = z - a;
    }
    b.t[k] = t;
  }
  return b;
}

/**
 * The marginal field of the linear path between N(0, I) and N(μ, σ² I), independent endpoints:
 *
 *   u_t(x) = μ + (t σ² − (1 − t)) / ((1 − t)² + t² σ²) · (x − t μ).
 *
 * Derivation: (u, x_t) = (x₁ − x₀, (1 − t)x₀ + t x₁) is jointly Gaussian with E u = μ, E x_t = tμ,
 * Var x_t = ((1 − t)² + t²σ²) I and Cov(u, x_t) = (tσ² − (1 − t)) I, so E[u | x_t = x] is the linear
 * regression above. Writes u into `out`.
 */
export function gaussianMarginalField(mu: readonly [number, number], sigma: number, t: number, x: number, y: number, out: Float64Array | number[]): void {
  const s2 = sigma * sigma;
  const k = (t * s2 - (1 - t)) / ((1 - t) ** 2 + t * t * s2);
  out[0] = mu[0] + k * (x - t * mu[0]);
  out[1] = mu[1] + k * (y - t * mu[1]);
}

/**
 * The smallest possible CFM loss for that Gaussian pair: E‖u − E[u | x_t]‖² = E_t[ 2 (Var u − Cov²/Var x_t) ]
 * with Var u = 1 + σ² per coordinate (the conditional variance of a Gaussian regression), averaged over
 * t ∈ [0, 1] by the midpoint rule on `n` cells. A trained model's loss cannot go below it.
 */
export function gaussianLossFloor(sigma: number, n = 2000): number {
  const s2 = sigma * sigma;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const t = (i + 0.5) / n;
    const cov = t * s2 - (1 - t);
    sum += 2 * (1 + s2 - (cov * cov) / ((1 - t) ** 2 + t * t * s2));
  }
  return sum / n;
}
