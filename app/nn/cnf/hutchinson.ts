/**
 * Measures Hutchinson's estimator against the exact trace at a batch of points (FFJORD [F] §3.1).
 *
 * For Gaussian ε, εᵀJε = εᵀSε with S = (J + Jᵀ)/2, whose mean is tr(J) and whose variance is
 * 2‖S‖²_F = 2 Σ_ij S_ij² (the variance of a Gaussian quadratic form, 2 tr(S²) for symmetric S).
 * Here: K draws per point, the sample variance of the K estimates, and the formula from the exact Jacobian,
 * each averaged over the points.
 */
import type * as TF from '@tensorflow/tfjs-core';
import { fieldAndDivergence, type CnfTensors, type Tf } from './tensorFlow';

export interface HutchinsonStats {
  /** Mean over points of the exact trace. */
  exact: number;
  /** Mean over points and draws of the estimate. */
  estimate: number;
  /** Mean over points of the sample variance of one draw. */
  variance: number;
  /** Mean over points of 2‖S‖²_F. */
  theory: number;
  draws: number;
  points: number;
}

export async function hutchinsonStats(tf: Tf, p: CnfTensors, t: number, z: TF.Tensor2D, draws: number, seed: number): Promise<HutchinsonStats> {
  const n = z.shape[0];
  const [exact, est, theory] = tf.tidy(() => {
    const ex = fieldAndDivergence(tf, p, t, z);
    const [c0, c1] = ex.tangents;
    // S = (J + Jᵀ)/2 with J = [c0 c1] (columns): S00 = J00, S11 = J11, S01 = (J01 + J10)/2.
    const J00 = tf.slice(c0, [0, 0], [-1, 1]);
    const J10 = tf.slice(c0, [0, 1], [-1, 1]);
    const J01 = tf.slice(c1, [0, 0], [-1, 1]);
    const J11 = tf.slice(c1, [0, 1], [-1, 1]);
    const s01 = tf.mul(tf.add(J01, J10), 0.5);
    const th = tf.mul(tf.addN([tf.square(J00), tf.square(J11), tf.mul(tf.square(s01), 2)]), 2);
    const zr = tf.tile(z, [draws, 1]) as TF.Tensor2D;
    const eps = tf.randomNormal([n * draws, 2], 0, 1, 'float32', seed) as TF.Tensor2D;
    const h = fieldAndDivergence(tf, p, t, zr, eps).div;
    return [ex.div, tf.reshape(h, [draws, n]), tf.reshape(th, [n])];
  });
  const [e, h, th] = [await exact.data(), await est.data(), await theory.data()];
  tf.dispose([exact, est, theory]);
  let sumExact = 0;
  let sumEst = 0;
  let sumVar = 0;
  let sumTh = 0;
  for (let i = 0; i < n; i++) {
    let m = 0;
    for (let k = 0; k < draws; k++) m += h[k * n + i] / draws;
    let v = 0;
    for (let k = 0; k < draws; k++) v += (h[k * n + i] - m) ** 2 / (draws - 1);
    sumExact += e[i];
    sumEst += m;
    sumVar += v;
    sumTh += th[i];
  }
  return { exact: sumExact / n, estimate: sumEst / n, variance: sumVar / n, theory: sumTh / n, draws, points: n };
}
