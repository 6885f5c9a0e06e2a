/**
 * The crossing demo: learn g(x) = −x on [−1, 1] with three models and watch their trajectories.
 *
 *   ode1d  dh/dt = f(t, h), h ∈ R, h(0) = x, output h(1). The flow of a 1-D ODE is monotone increasing
 *          (two solutions that met would coincide: uniqueness under a Lipschitz f), so it cannot map −1 → 1
 *          and 1 → −1; the best it can do in mean squared error is squeeze everything towards 0 ([D]).
 *   resnet one residual block h + f(h): a discrete jump, free to send x to −x (f(h) = −2h).
 *   anode  d[h; a]/dt = f(t, [h; a]), [h(0); a(0)] = [x; 0], output h(1): one extra dimension in which
 *          trajectories go around each other (Augmented Neural ODEs, Dupont et al. 2019, [D]).
 *
 * No model has a learnable read-out: the output is h(1) itself, so a model can only succeed by moving
 * points, and the plotted h(t) starts at x and must end at −x. Fields: `residualField` with 16 tanh units
 * (the ODEs take t). ODEs are solved by dopri5 at rtol 1e-3, atol 1e-4, gradients by backprop through the
 * solve. Loss: mean squared error over 16 evenly spaced x. Adam, lr 0.01.
 */
import * as tf from '@tensorflow/tfjs-core';
import { mulberry32 } from '../../math/rng';
import { odeintTensor } from '..';
import { evalField, fieldList, residualField, type FieldParams } from './layers';
import { optimiserStep } from './step';
import { CROSS_POINTS, evenly } from './crossingData';

export { evenly } from './crossingData';

export type CrossKind = 'ode1d' | 'resnet' | 'anode';
export const CROSS_KINDS: readonly CrossKind[] = ['ode1d', 'resnet', 'anode'];

export interface CrossSettings {
  hidden: number;
  lr: number;
  rtol: number;
  atol: number;
  /** Training inputs: `points` evenly spaced x in [−1, 1]. */
  points: number;
}

export const CROSS_DEFAULTS: CrossSettings = { hidden: 16, lr: 0.01, rtol: 1e-3, atol: 1e-4, points: CROSS_POINTS };

export interface CrossModel {
  kind: CrossKind;
  step(): Promise<{ iteration: number; loss: number; nfe: number }>;
  /** h(t) at `times` for each start x: paths[i][k] (the ResNet has two times only, before and after its block). */
  trajectories(xs: number[], times: number[]): Promise<{ times: number[]; paths: number[][] }>;
  dispose(): void;
}


export function createCrossModel(kind: CrossKind, seed: number, settings: Partial<CrossSettings> = {}): CrossModel {
  const s = { ...CROSS_DEFAULTS, ...settings };
  const dim = kind === 'anode' ? 2 : 1;
  const field: FieldParams = residualField(mulberry32(seed), dim, s.hidden, kind, kind !== 'resnet');
  const vars = fieldList(field);
  const opt = tf.train.adam(s.lr);
  const xs = evenly(s.points);
  let iteration = 0;

  /** States at `times`: [T, n, dim]. The ResNet returns [2, n, 1]: before and after its one block. */
  const run = (x: number[], times: number[]): { ys: tf.Tensor3D; nfe: number } => {
    const h0 = tf.tensor2d(x.flatMap((v) => (dim === 2 ? [v, 0] : [v])), [x.length, dim]);
    if (kind === 'resnet') return { ys: tf.stack([h0, tf.add(h0, evalField(0, h0, vars))]) as tf.Tensor3D, nfe: 1 };
    const sol = odeintTensor((t, y) => evalField(t, y, vars), h0, times, { method: 'dopri5', rtol: s.rtol, atol: s.atol });
    return { ys: sol.ys as tf.Tensor3D, nfe: sol.nfe };
  };
  /** The first coordinate h of the final state: [n]. */
  const output = (ys: tf.Tensor3D) => tf.reshape(tf.slice(ys, [ys.shape[0] - 1, 0, 0], [1, -1, 1]), [-1]);

  return {
    kind,
    async step() {
      iteration++;
      let nfe = 0;
      const loss = () =>
        tf.tidy(() => {
          const r = run(xs, [0, 1]);
          nfe = r.nfe;
          return tf.mean(tf.square(tf.add(output(r.ys), tf.tensor1d(xs)))) as tf.Scalar;
        });
      const r = await optimiserStep(opt, vars, loss);
      return { iteration, loss: r.loss, nfe };
    },
    async trajectories(x, times) {
      const T = kind === 'resnet' ? [0, 1] : times;
      const ys = tf.tidy(() => tf.slice(run(x, T).ys, [0, 0, 0], [-1, -1, 1]));
      const v = await ys.data();
      ys.dispose();
      const paths = x.map((_, i) => T.map((_, k) => v[k * x.length + i]));
      return { times: T, paths };
    },
    dispose() {
      opt.dispose();
      vars.forEach((v) => v.dispose());
    },
  };
}
