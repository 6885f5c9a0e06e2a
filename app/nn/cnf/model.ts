/**
 * The continuous normalizing flow's vector field, as plain numbers (no tfjs): an MLP with time
 * concatenated to the input of every layer (FFJORD's "concat" layer type, `lib/layers/diffeq_layers`),
 *
 *   a_l = W_l h_{l−1} + b_l + t c_l,   h_l = tanh(a_l)   (hidden layers),   f(z, t) = W_L h_{L−1} + b_L + t c_L,
 *
 * with h_0 = z ∈ R². Its exact divergence tr(∂f/∂z) is computed in forward mode: one tangent per input
 * dimension, e_k, pushed through the layers (∂h_l = tanh′(a_l) ⊙ W_l ∂h_{l−1}), and the k-th output
 * component of the k-th tangent summed. For D = 2 that is two extra passes, O(D·cost(f)): the "exact trace
 * is O(D²)" of FFJORD [F] §2.
 *
 * The weights live in one JSON shape shared by the training script, the shipped models in
 * `public/models/cnf/`, the tfjs path and the fused WebGL2 program.
 */
import type { Rng } from '../../math/rng';

export interface CnfLayer {
  /** Rows = outputs, columns = inputs, row-major. */
  W: number[];
  b: number[];
  /** Time weights c (t enters every layer as one more input). */
  c: number[];
  inDim: number;
  outDim: number;
}

export interface CnfWeights {
  /** Layer widths from input to output, e.g. [2, 32, 32, 2]. */
  dims: number[];
  activation: 'tanh';
  /** Integration interval: base N(0, I) at t = 0, data at t = T. */
  T: number;
  layers: CnfLayer[];
}

/** Glorot-uniform weights (as tf.layers' default), time weights and biases zero; seeded. */
export function initCnf(dims: number[], rng: Rng, T = 1): CnfWeights {
  const layers: CnfLayer[] = [];
  for (let l = 0; l + 1 < dims.length; l++) {
    const inDim = dims[l];
    const outDim = dims[l + 1];
    const limit = Math.sqrt(6 / (inDim + 1 + outDim));
    const W = Array.from({ length: inDim * outDim }, () => (2 * rng.next() - 1) * limit);
    layers.push({ W, b: new Array(outDim).fill(0), c: new Array(outDim).fill(0), inDim, outDim });
  }
  return { dims: [...dims], activation: 'tanh', T, layers };
}

/** Checks a parsed JSON value is a usable CNF (2-D in and out, consistent shapes, finite numbers). */
export function validateCnf(x: unknown): { ok: true; value: CnfWeights } | { ok: false; error: string } {
  const w = x as CnfWeights;
  if (!w || !Array.isArray(w.dims) || !Array.isArray(w.layers)) return { ok: false, error: 'not a CNF weight file (dims and layers missing)' };
  if (w.dims[0] !== 2 || w.dims.at(-1) !== 2) return { ok: false, error: `the field must map R² to R², got dims ${w.dims.join('-')}` };
  if (w.layers.length !== w.dims.length - 1) return { ok: false, error: 'layer count does not match dims' };
  if (!(w.T > 0)) return { ok: false, error: 'T must be positive' };
  for (const [l, layer] of w.layers.entries()) {
    const { inDim, outDim } = layer;
    if (inDim !== w.dims[l] || outDim !== w.dims[l + 1]) return { ok: false, error: `layer ${l} has shape ${inDim}→${outDim}, dims say ${w.dims[l]}→${w.dims[l + 1]}` };
    if (layer.W.length !== inDim * outDim || layer.b.length !== outDim || layer.c.length !== outDim) return { ok: false, error: `layer ${l} has the wrong number of weights` };
    if (![...layer.W, ...layer.b, ...layer.c].every(Number.isFinite)) return { ok: false, error: `layer ${l} has a non-finite weight` };
  }
  return { ok: true, value: w };
}

/** Scratch buffers for one evaluation, so the hot loop allocates nothing. */
export interface CnfScratch {
  h: Float64Array[];
  dh0: Float64Array[];
  dh1: Float64Array[];
}

export function cnfScratch(w: CnfWeights): CnfScratch {
  const mk = () => w.dims.map((d) => new Float64Array(d));
  return { h: mk(), dh0: mk(), dh1: mk() };
}

/**
 * f(z, t) and tr(∂f/∂z) at one point. Writes f into `out[0..1]` and returns the trace.
 * Float64 throughout: the reference the float32 paths are checked against.
 */
export function cnfFieldTrace(w: CnfWeights, s: CnfScratch, t: number, x: number, y: number, out: Float64Array | number[]): number {
  const { h, dh0, dh1 } = s;
  h[0][0] = x;
  h[0][1] = y;
  dh0[0][0] = 1;
  dh0[0][1] = 0;
  dh1[0][0] = 0;
  dh1[0][1] = 1;
  const L = w.layers.length;
  for (let l = 0; l < L; l++) {
    const { W, b, c, inDim, outDim } = w.layers[l];
    const hin = h[l];
    const d0in = dh0[l];
    const d1in = dh1[l];
    const hout = h[l + 1];
    const d0out = dh0[l + 1];
    const d1out = dh1[l + 1];
    const last = l === L - 1;
    for (let j = 0; j < outDim; j++) {
      let a = b[j] + t * c[j];
      let g0 = 0;
      let g1 = 0;
      const row = j * inDim;
      for (let i = 0; i < inDim; i++) {
        const wji = W[row + i];
        a += wji * hin[i];
        g0 += wji * d0in[i];
        g1 += wji * d1in[i];
      }
      if (last) {
        hout[j] = a;
        d0out[j] = g0;
        d1out[j] = g1;
      } else {
        const th = Math.tanh(a);
        const dth = 1 - th * th;
        hout[j] = th;
        d0out[j] = dth * g0;
        d1out[j] = dth * g1;
      }
    }
  }
  out[0] = h[L][0];
  out[1] = h[L][1];
  return dh0[L][0] + dh1[L][1];
}

/** The full Jacobian ∂f/∂z at one point, row-major [[∂f0/∂x, ∂f0/∂y], [∂f1/∂x, ∂f1/∂y]]. */
export function cnfJacobian(w: CnfWeights, s: CnfScratch, t: number, x: number, y: number): number[] {
  const f = [0, 0];
  cnfFieldTrace(w, s, t, x, y, f);
  const L = w.layers.length;
  return [s.dh0[L][0], s.dh1[L][0], s.dh0[L][1], s.dh1[L][1]];
}

/** log N(z; 0, I) in two dimensions. */
export function logStdNormal2(x: number, y: number): number {
  return -0.5 * (x * x + y * y) - Math.log(2 * Math.PI);
}
