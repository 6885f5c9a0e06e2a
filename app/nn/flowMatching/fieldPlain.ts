/**
 * The flow-matching field as plain float64 numbers: the same network as chapter 5's CNF (`../cnf/model.ts`,
 * an MLP with t fed to every layer, FFJORD's "concat" layers), evaluated without its Jacobian, since sampling
 * and the CFM loss need only v(x, t). Likelihoods use chapter 5's `cnfFieldTrace` unchanged.
 */
import type { CnfWeights } from '../cnf/model';
import type { CfmBatch } from './path';

/** A 2-D velocity: writes v(x, y, t) into `out`. */
export type Velocity = (t: number, x: number, y: number, out: Float64Array | number[]) => void;

/** v(·, t) of the weights, with its own scratch buffers (one closure per caller; not re-entrant). */
export function velocityFn(w: CnfWeights): Velocity {
  const h = w.dims.map((d) => new Float64Array(d));
  const L = w.layers.length;
  return (t, x, y, out) => {
    h[0][0] = x;
    h[0][1] = y;
    for (let l = 0; l < L; l++) {
      const { W, b, c, inDim, outDim } = w.layers[l];
      const hin = h[l];
      const hout = h[l + 1];
      for (let j = 0; j < outDim; j++) {
        let a = b[j] + t * c[j];
        const row = j * inDim;
        for (let i = 0; i < inDim; i++) a += W[row + i] * hin[i];
        hout[j] = l === L - 1 ? a : Math.tanh(a);
      }
    }
    out[0] = h[L][0];
    out[1] = h[L][1];
  };
}

/** The CFM loss of a batch in float64: mean over rows of ‖v(x_t, t) − u‖². The reference for the tfjs loss. */
export function cfmLossPlain(w: CnfWeights, batch: CfmBatch): number {
  const v = velocityFn(w);
  const out = new Float64Array(2);
  const n = batch.t.length;
  let s = 0;
  for (let k = 0; k < n; k++) {
    v(batch.t[k], batch.xt[2 * k], batch.xt[2 * k + 1], out);
    s += (out[0] - batch.u[2 * k]) ** 2 + (out[1] - batch.u[2 * k + 1]) ** 2;
  }
  return s / n;
}
