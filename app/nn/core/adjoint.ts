/**
 * `odeintAdjoint`: the adjoint sensitivity method exactly as torchdiffeq 0.2.5's `odeint_adjoint` does it
 * (adjoint.py; TORCHDIFFEQ_NOTES.md §6; Chen et al. 2018, Algorithm 1, and Pontryagin's adjoint equations).
 *
 * Forward: a plain solve (the same steps and NFE as `odeintTensor`) that records nothing for autodiff, so
 * memory does not grow with the number of steps.
 *
 * Backward (run by tfjs autodiff through `tf.customGrad`, when a gradient of a loss of `ys` is asked for):
 * with a = dL/dy, the augmented state [y, a, a_θ1, a_θ2, …] starts at [y(t_N), dL/dy(t_N), 0, …] and
 * obeys, in decreasing time,
 *
 *   dy/dt = f(t, y, θ),   da/dt = −aᵀ ∂f/∂y,   da_θ/dt = −aᵀ ∂f/∂θ        (adjoint.py:72-105)
 *
 * each evaluation being ONE call of f and ONE vector–Jacobian product (tfjs reverse mode with cotangent −a).
 * One solve per output interval, t[i] → t[i−1], i = N … 1 (adjoint.py:124-141); after each, y is reset to the
 * stored forward value y(t[i−1]) and dL/dy(t[i−1]) is added to a. Then dL/dy0 = a and dL/dθ = a_θ. The
 * backward tolerances default to the forward ones; the error norm is the max over the groups y, a and each
 * parameter tensor of their RMS (adjoint.py:247-254), or without the parameter groups with
 * `adjointSeminorm`. The time adjoint is left out: t takes no gradient here, and its component is identically 0
 * in torchdiffeq too, so it changes no step.
 *
 * Statistics of the backward pass reach the caller through `onBackward` and the returned solution's
 * `backward` field, filled in when the backward pass runs.
 *
 * @example
 * const grads = tf.grads((y0, W, b) => tf.sum(odeintAdjoint((t, y, [W, b]) => tf.tanh(tf.add(tf.matMul(y, W), b)), y0, [0, 1], [W, b]).ys))([y0, W, b]);
 */
import { OdeError } from '../../solver/types.ts';
import { assertFiniteOutputs, checkTensorInputs, shapeCheckedField, solveConfig } from './odeintTensor.ts';
import { disposeOutputs, solveTuple } from './solveTuple.ts';
import { tf, withOuterTapeKept, type Tensor } from './tf.ts';
import type { State } from './tupleOps.ts';
import type { AdjointBackwardStats, AdjointOptions, AdjointSolution, ParamField } from './types.ts';

export function odeintAdjoint(f: ParamField, y0: Tensor, t: ArrayLike<number>, params: Tensor[], options: AdjointOptions = {}): AdjointSolution {
  if (typeof f !== 'function') throw new OdeError('bad-input', `f must be a function (t, y, params) => tensor, got ${typeof f}.`);
  if (!Array.isArray(params) || params.some((p) => !(p instanceof tf.Tensor))) {
    throw new OdeError('bad-input', 'odeintAdjoint: params must be an array of tf.Tensor (or tf.Variable); pass [] for none.');
  }
  const times = checkTensorInputs('odeintAdjoint', y0, t, options);
  for (const [name, v] of [['adjointRtol', options.adjointRtol], ['adjointAtol', options.adjointAtol]] as const) {
    if (v !== undefined && !(Number.isFinite(v) && v > 0)) throw new OdeError('bad-input', `${name} must be a finite positive number, got ${String(v)}.`);
  }
  const field = (ps: Tensor[]) => shapeCheckedField('odeintAdjoint', (tt, y) => f(tt, y, ps), y0.shape);
  const result: AdjointSolution = { ys: null as unknown as Tensor, nfe: 0, accepted: 0, rejected: 0, backward: null };

  const op = tf.customGrad((...args: unknown[]) => {
    const save = args[args.length - 1] as tf.GradSaveFunc;
    const [y0In, ...ps] = args.slice(0, -1) as Tensor[];
    // Runs inside the custom op's kernel scope: tfjs records nothing here for autodiff.
    const fwd = solveTuple((tt, y) => [field(ps)(tt, y[0])], [y0In], times, solveConfig('odeintAdjoint', options));
    const ys = tf.stack(fwd.outputs.map((o) => o[0]));
    disposeOutputs(fwd.outputs);
    Object.assign(result, { nfe: fwd.nfe, accepted: fwd.accepted, rejected: fwd.rejected });
    save([ys, ...ps]);
    return {
      value: ys,
      gradFunc: (dy: Tensor | Tensor[], saved: Tensor[]) => {
        const [ysSaved, ...psSaved] = saved;
        let back: ReturnType<typeof adjointBackward>;
        try {
          back = adjointBackward(f, ysSaved, Array.isArray(dy) ? dy[0] : dy, times, psSaved, options);
        } catch (e) {
          releaseOuterTape();
          throw e;
        }
        const { grads, stats } = back;
        result.backward = stats;
        options.onBackward?.(stats);
        return grads;
      },
    };
  });
  result.ys = op(y0, ...params);
  if (!options.skipFiniteChecks) assertFiniteOutputs('odeintAdjoint', result.ys, times);
  return result;
}

/**
 * When the backward pass fails (a field error), the exception leaves tfjs's outer `gradients` call before its
 * clean-up, and the tensors its tape saved would never be freed. Free them as that clean-up would
 * (tfjs-core 4.22 engine.js `gradients`): no further gradient function of that tape runs after the throw.
 */
function releaseOuterTape(): void {
  const state = tf.engine().state;
  if (state.gradientDepth !== 0 || !state.activeTape) return;
  for (const node of state.activeTape) for (const x of node.saved ?? []) x.dispose();
  state.activeTape = null as unknown as typeof state.activeTape;
}

/**
 * The backward pass: returns [dL/dy0, dL/dθ1, …] for the cotangent `dy` = dL/dys (shape [T, ...y0.shape]).
 * Exported for tests that look at the backward solve on its own.
 */
export function adjointBackward(
  f: ParamField,
  ys: Tensor,
  dy: Tensor,
  t: readonly number[],
  params: Tensor[],
  options: AdjointOptions,
): { grads: Tensor[]; stats: AdjointBackwardStats } {
  const stats: AdjointBackwardStats = { nfe: 0, accepted: 0, rejected: 0, intervals: [] };
  const n = t.length;
  const np = params.length;
  const cfg = {
    ...solveConfig('odeintAdjoint (backward)', options),
    rtol: options.adjointRtol ?? options.rtol ?? solveConfig('', {}).rtol,
    atol: options.adjointAtol ?? options.atol ?? solveConfig('', {}).atol,
    onStep: options.onBackwardStep,
    normMembers: options.adjointSeminorm ? [0, 1] : undefined,
  };
  const yAt = (i: number) => tf.squeeze(tf.slice(ys, i, 1), [0]);
  const dyAt = (i: number) => tf.squeeze(tf.slice(dy, i, 1), [0]);

  // Augmented dynamics: one f call and one VJP with cotangent −a (adjoint.py:72-105).
  let checkedParams = false;
  const augmented = (tt: number, s: State): State => {
    const [y, a, ...rest] = s;
    void rest;
    const { value, grads } = withOuterTapeKept(() => tf.engine().gradients(() => f(tt, y, params), [y, ...params], tf.neg(a), true));
    if (!checkedParams && np > 0) {
      checkedParams = true;
      const unused = grads.slice(1).findIndex((g) => g == null);
      if (unused >= 0) {
        throw new OdeError('bad-input', `odeintAdjoint: the field does not use params[${unused}]; it must compute with the params it is given, not with tensors it closes over.`);
      }
    }
    const g = grads.map((x, i) => x ?? tf.zerosLike(i === 0 ? y : params[i - 1]));
    return [value, ...g];
  };

  let state: State = tf.tidy(() => [yAt(n - 1), dyAt(n - 1), ...params.map((p) => tf.zerosLike(p))]);
  try {
    for (let i = n - 1; i >= 1; i--) {
      const sol = solveTuple(augmented, state, [t[i], t[i - 1]], cfg);
      stats.nfe += sol.nfe;
      stats.accepted += sol.accepted;
      stats.rejected += sol.rejected;
      stats.intervals.push({ t0: t[i], t1: t[i - 1], nfe: sol.nfe, accepted: sol.accepted, rejected: sol.rejected });
      const end = sol.outputs[1];
      // Reset y to the stored forward value and add dL/dy(t[i−1]) (adjoint.py:138-141).
      const next: State = tf.tidy(() => [yAt(i - 1), tf.add(end[1], dyAt(i - 1)), ...end.slice(2)]);
      tf.dispose([...state, end[0], end[1]]);
      state = next;
    }
  } catch (e) {
    tf.dispose(state);
    throw e;
  }
  tf.dispose(state[0]);
  return { grads: [state[1], ...state.slice(2, 2 + np)], stats };
}
