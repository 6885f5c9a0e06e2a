/**
 * The plane-warp models: a binary classifier on 2-D points that first moves the plane, then cuts it with a
 * line, logit = w·h(end) + b.
 *
 *   ResNet  h_{k+1} = h_k + f_k(h_k), k = 0 … L−1, separate weights per block (L = 6 by default)
 *   ODE-Net dh/dt = f(t, h) on t ∈ [0, 1], one shared field, solved by adaptive dopri5
 *
 * Each f is `residualField` with 16 tanh units. Training is full-batch (all points each iteration), Adam
 * lr 0.01, loss = mean sigmoid cross-entropy. The ODE-Net's gradients are taken by backpropagating through
 * the dopri5 solve (`odeintTensor`); its NFE per iteration is the forward solve's count.
 *
 * `picture` runs the model once on the grid lines, the data points and a raster of the input square and
 * returns every intermediate state in ONE tensor, so a frame needs one asynchronous read-back.
 */
import * as tf from '@tensorflow/tfjs-core';
import { mulberry32 } from '../../math/rng';
import { odeintTensor } from '..';
import { applyDense, countParams, dense, evalField, fieldList, residualField, type FieldParams } from './layers';
import { optimiserStep } from './step';
import type { Points2D } from './toy2d';

export type WarpKind = 'resnet' | 'odenet';

export interface WarpSettings {
  blocks: number;
  hidden: number;
  rtol: number;
  atol: number;
  lr: number;
  /** Snapshots of the ODE state for drawing, at t = i/(snapshots−1). */
  snapshots: number;
}

export const WARP_DEFAULTS: WarpSettings = { blocks: 6, hidden: 16, rtol: 1e-3, atol: 1e-4, lr: 0.01, snapshots: 13 };

export interface WarpStats {
  iteration: number;
  loss: number;
  nfe: number;
  ms: number;
}

export interface WarpPicture {
  /** States[s][i*2 + c]: point i's coordinate c at snapshot s (depth k or time t_s). */
  states: Float32Array[];
  /** Class-1 probability at each query point (its final state through the linear cut). */
  prob: Float32Array;
  /** The cut in the final space: w·h + b = 0. */
  w: [number, number];
  b: number;
  nfe: number;
}

export interface WarpModel {
  kind: WarpKind;
  params: number;
  step(): Promise<WarpStats>;
  picture(points: Float32Array): Promise<WarpPicture>;
  dispose(): void;
}

export { accuracyOf } from './toy2d';

export function createWarpModel(kind: WarpKind, data: Points2D, seed: number, settings: Partial<WarpSettings> = {}): WarpModel {
  const s = { ...WARP_DEFAULTS, ...settings };
  const rng = mulberry32(seed);
  const blocks: FieldParams[] = kind === 'resnet' ? Array.from({ length: s.blocks }, (_, k) => residualField(rng, 2, s.hidden, `b${k}`, false)) : [];
  const field = kind === 'odenet' ? residualField(rng, 2, s.hidden, 'f', true) : null;
  const head = dense(rng, 2, 1, 'head');
  const variables = [...blocks.flatMap(fieldList), ...(field ? fieldList(field) : []), head.w, head.b];
  const opt = tf.train.adam(s.lr);
  let iteration = 0;

  /** All states through depth: [S, n, 2]; `times` only for the ODE. */
  const flow = (x: tf.Tensor2D, times: number[]): { states: tf.Tensor3D; nfe: number } => {
    if (field) {
      const p = fieldList(field);
      const sol = odeintTensor((t, y) => evalField(t, y, p), x, times, { method: 'dopri5', rtol: s.rtol, atol: s.atol });
      return { states: sol.ys as tf.Tensor3D, nfe: sol.nfe };
    }
    const hs: tf.Tensor2D[] = [x];
    for (const b of blocks) hs.push(tf.add(hs[hs.length - 1], evalField(0, hs[hs.length - 1], fieldList(b))) as tf.Tensor2D);
    return { states: tf.stack(hs) as tf.Tensor3D, nfe: blocks.length };
  };
  const last = (states: tf.Tensor3D) => tf.squeeze(tf.slice(states, [states.shape[0] - 1, 0, 0], [1, -1, -1]), [0]) as tf.Tensor2D;
  const snapTimes = Array.from({ length: s.snapshots }, (_, i) => i / (s.snapshots - 1));

  return {
    kind,
    params: countParams(variables),
    async step() {
      iteration++;
      let nfe = 0;
      const loss = () =>
        tf.tidy(() => {
          const y = tf.tensor2d(data.y, [data.n, 1]);
          const out = flow(tf.tensor2d(data.x, [data.n, 2]), [0, 1]);
          nfe = out.nfe;
          return tf.losses.sigmoidCrossEntropy(y, applyDense(head, last(out.states))) as tf.Scalar;
        });
      const r = await optimiserStep(opt, variables, loss);
      return { iteration, loss: r.loss, nfe, ms: r.ms };
    },
    async picture(points) {
      const n = points.length / 2;
      let nfe = 0;
      const all = tf.tidy(() => {
        const out = flow(tf.tensor2d(points, [n, 2]), snapTimes);
        nfe = out.nfe;
        const prob = tf.sigmoid(applyDense(head, last(out.states)));
        return tf.concat([tf.reshape(out.states, [-1]), tf.reshape(prob, [-1]), tf.reshape(head.w, [-1]), tf.reshape(head.b, [-1])]);
      });
      const v = (await all.data()) as Float32Array;
      all.dispose();
      const S = (v.length - n - 3) / (2 * n);
      const states = Array.from({ length: S }, (_, k) => v.slice(k * 2 * n, (k + 1) * 2 * n));
      const o = S * 2 * n;
      return { states, prob: v.slice(o, o + n), w: [v[o + n], v[o + n + 1]], b: v[o + n + 2], nfe };
    },
    dispose() {
      opt.dispose();
      variables.forEach((x) => x.dispose());
    },
  };
}
