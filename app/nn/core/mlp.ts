/**
 * Small MLP vector fields for the chapters: sizes like [2, 64, 64, 2], tanh between layers, optionally t as
 * one more input (concatenated to y, as a "ConcatLinear" first layer). Initial weights come from a seeded rng
 * (app/math/rng.ts), never from tfjs's unseeded random ops.
 *
 * Layout: params = [W1, b1, W2, b2, …] with W_l of shape [in, out] (y·W + b; torch's nn.Linear stores the
 * transpose, [out, in]: transpose when loading torch weights). Initialisations:
 * - 'torch' (default): torch's nn.Linear default, weights and biases U(−1/√fan_in, 1/√fan_in)
 *   (kaiming_uniform with a = √5, torch/nn/modules/linear.py `reset_parameters`);
 * - { normalStd }: weights N(0, std²), biases 0, as torchdiffeq's ode_demo.py (std 0.1).
 */
import { mulberry32, type Rng } from '../../math/rng.ts';
import { tf, type Tensor, type Variable } from './tf.ts';
import type { ParamField } from './types.ts';

export interface MlpSpec {
  /** Layer widths, input first: [2, 64, 64, 2]. The input width excludes the time input. */
  sizes: number[];
  /** Feed t as an extra input of the first layer. Default false. */
  timeInput?: boolean;
  init?: 'torch' | { normalStd: number };
  seed: number;
}

export interface Mlp {
  readonly spec: MlpSpec;
  /** Trainable variables [W1, b1, W2, b2, …]; owned by the Mlp until `dispose()`. */
  readonly params: Variable[];
  readonly numParams: number;
  /** The network with the given params (for odeintAdjoint, which passes its own). y: [..., sizes[0]]. */
  apply(params: Tensor[], t: number, y: Tensor): Tensor;
  /** dy/dt = net(t, y) with this MLP's own variables, for odeintTensor. */
  field(t: number, y: Tensor): Tensor;
  /** The same as a ParamField, for odeintAdjoint(mlp.paramField, y0, t, mlp.params). */
  paramField: ParamField;
  dispose(): void;
}

/** The initial weights as plain arrays, [W1, b1, …] row-major with W of shape [in, out]. Deterministic in the seed. */
export function mlpInitialValues(spec: MlpSpec, rng: Rng = mulberry32(spec.seed)): { values: Float32Array[]; shapes: number[][] } {
  const values: Float32Array[] = [];
  const shapes: number[][] = [];
  const init = spec.init ?? 'torch';
  for (let l = 0; l + 1 < spec.sizes.length; l++) {
    const fanIn = spec.sizes[l] + (l === 0 && spec.timeInput ? 1 : 0);
    const fanOut = spec.sizes[l + 1];
    const bound = 1 / Math.sqrt(fanIn);
    const w = new Float32Array(fanIn * fanOut);
    const b = new Float32Array(fanOut);
    if (init === 'torch') {
      for (let i = 0; i < w.length; i++) w[i] = (2 * rng.next() - 1) * bound;
      for (let i = 0; i < b.length; i++) b[i] = (2 * rng.next() - 1) * bound;
    } else {
      for (let i = 0; i < w.length; i++) w[i] = rng.normal() * init.normalStd;
    }
    values.push(w, b);
    shapes.push([fanIn, fanOut], [fanOut]);
  }
  return { values, shapes };
}

/** net(t, y) for params [W1, b1, …]: tanh after every layer but the last; y may have any leading shape. */
export function mlpApply(params: Tensor[], t: number, y: Tensor, timeInput = false): Tensor {
  return tf.tidy(() => {
    const inWidth = y.shape[y.shape.length - 1];
    let h: Tensor = tf.reshape(y, [-1, inWidth]);
    if (timeInput) h = tf.concat([h, tf.fill([h.shape[0], 1], t)], 1);
    const layers = params.length / 2;
    for (let l = 0; l < layers; l++) {
      h = tf.add(tf.matMul(h, params[2 * l]), params[2 * l + 1]);
      if (l + 1 < layers) h = tf.tanh(h);
    }
    const outWidth = h.shape[1] as number;
    return tf.reshape(h, [...y.shape.slice(0, -1), outWidth]);
  });
}

export function createMlp(spec: MlpSpec): Mlp {
  if (spec.sizes.length < 2 || spec.sizes.some((s) => !Number.isInteger(s) || s < 1)) {
    throw new Error(`createMlp: sizes must be two or more positive integers, got [${spec.sizes.join(', ')}].`);
  }
  const { values, shapes } = mlpInitialValues(spec);
  const params = tf.tidy(() => values.map((v, i) => tf.variable(tf.tensor(v, shapes[i]), true)));
  const timeInput = spec.timeInput ?? false;
  const apply = (ps: Tensor[], t: number, y: Tensor) => mlpApply(ps, t, y, timeInput);
  return {
    spec,
    params,
    numParams: values.reduce((n, v) => n + v.length, 0),
    apply,
    field: (t, y) => apply(params, t, y),
    paramField: (t, y, ps) => apply(ps, t, y),
    dispose: () => params.forEach((p) => p.dispose()),
  };
}
