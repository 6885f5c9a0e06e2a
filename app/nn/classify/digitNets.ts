/**
 * The four networks of chapter 2's comparison, scaled down from the paper's MNIST set-up ([P] §3, Table 1)
 * to 8×8 digits and dense layers so they train in a browser tab:
 *
 *   MLP     64 → 32 (tanh) → 10                                 one hidden layer, as Table 1's 1-layer MLP
 *   ResNet  64 → 32 (tanh), 6 residual blocks h ← h + f_k(h), → 10   separate weights per block (L = 6)
 *   RK-Net  64 → 32 (tanh), h(1) = ODESolve(f, h(0), 0, 1),  → 10   one shared f(t, h); gradients by backprop
 *                                                                   through dopri5's operations (memory O(L̃))
 *   ODE-Net same as RK-Net, gradients by the adjoint method           (memory O(1) in the number of steps)
 *
 * f_k and f are `residualField` (one hidden layer of 32 tanh units; the ODE field also takes t). The paper
 * downsamples with convolutions first and replaces 6 residual blocks by one ODESolve; we keep the 6 blocks
 * against one solve but use dense layers. The solvers run dopri5 at rtol = atol = 1e-3, torchdiffeq's
 * `examples/odenet_mnist.py` default tolerance.
 */
import * as tf from '@tensorflow/tfjs-core';
import { mulberry32 } from '../../math/rng';
import { odeintAdjoint, odeintTensor } from '..';
import { applyDense, countParams, dense, evalField, fieldList, residualField, type Dense, type FieldParams } from './layers';

import type { NetKind } from './netKinds';
export { NET_KINDS, NET_LABELS, type NetKind } from './netKinds';

export interface NetSettings {
  inputs: number;
  classes: number;
  /** Width of the hidden state and of each field's hidden layer. */
  width: number;
  /** Residual blocks of the ResNet (the paper's L = 6). */
  blocks: number;
  /** dopri5 tolerances for RK-Net and ODE-Net. */
  rtol: number;
  atol: number;
}

export const DIGIT_NET_DEFAULTS: NetSettings = { inputs: 64, classes: 10, width: 32, blocks: 6, rtol: 1e-3, atol: 1e-3 };

export interface Net {
  kind: NetKind;
  variables: tf.Variable[];
  params: number;
  /** Logits for a batch. Call inside a tidy or a gradient function. `nfe` counts this pass's field evaluations. */
  forward(x: tf.Tensor2D): { logits: tf.Tensor2D; nfe: number };
  /** ODE-Net only: evaluations of the adjoint's backward solve in the last gradient step (Algorithm 1). */
  backwardNfe(): number | null;
  dispose(): void;
}

export function createNet(kind: NetKind, seed: number, s: NetSettings = DIGIT_NET_DEFAULTS): Net {
  const rng = mulberry32(seed);
  const embed: Dense = dense(rng, s.inputs, s.width, 'embed');
  const head: Dense = dense(rng, s.width, s.classes, 'head');
  let blocks: FieldParams[] = [];
  let field: FieldParams | null = null;
  if (kind === 'resnet') blocks = Array.from({ length: s.blocks }, (_, k) => residualField(rng, s.width, s.width, `block${k}`, false));
  if (kind === 'rknet' || kind === 'odenet') field = residualField(rng, s.width, s.width, 'field', true);
  const backward: { nfe: number | null } = { nfe: null };
  const variables = [embed.w, embed.b, ...blocks.flatMap(fieldList), ...(field ? fieldList(field) : []), head.w, head.b];

  const forward = (x: tf.Tensor2D) => {
    let h = tf.tanh(applyDense(embed, x)) as tf.Tensor2D;
    let nfe = 0;
    if (kind === 'resnet') {
      for (const b of blocks) h = tf.add(h, evalField(0, h, fieldList(b))) as tf.Tensor2D;
      nfe = blocks.length;
    } else if (field) {
      const p = fieldList(field);
      const opts = { method: 'dopri5' as const, rtol: s.rtol, atol: s.atol, skipFiniteChecks: true };
      const sol =
        kind === 'rknet'
          ? odeintTensor((t, y) => evalField(t, y, p), h, [0, 1], opts)
          : odeintAdjoint((t, y, q) => evalField(t, y, q), h, [0, 1], p, { ...opts, onBackward: (b) => (backward.nfe = b.nfe) });
      h = tf.squeeze(tf.slice(sol.ys, [1, 0, 0], [1, -1, -1]), [0]) as tf.Tensor2D;
      nfe = sol.nfe;
    }
    return { logits: applyDense(head, h), nfe };
  };
  // The MLP reads the pixels through its hidden layer `embed` directly: logits = head(tanh(embed(x))).
  const mlpForward = (x: tf.Tensor2D) => ({ logits: applyDense(head, tf.tanh(applyDense(embed, x))), nfe: 0 });

  return {
    kind,
    variables,
    params: countParams(variables),
    forward: kind === 'mlp' ? mlpForward : forward,
    backwardNfe: () => backward.nfe,
    dispose: () => variables.forEach((v) => v.dispose()),
  };
}
