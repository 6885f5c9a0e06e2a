/**
 * Reverse mode through the recorded Runge–Kutta solve ("backprop through the solver", the paper's RK-Net
 * gradient, torchdiffeq's plain `odeint` + `loss.backward()`), written by hand for speed.
 *
 * Per accepted step, stage i reads Y_i = y0 + dt·Σ_{j<i} β_ij k_j and k_i = f(Y_i). Each output inside the
 * step is the quartic w0·y0 + w1·y1 + wm·y_mid + dt(wf0·k_0 + wf1·k_last) with y_mid = y0 + dt·Σ m_j k_j
 * (`interpWeights`). Walking the steps backwards: Ȳ_i = J_f(Y_i)ᵀ k̄_i (one VJP, which also adds to θ̄),
 * ȳ0 += Ȳ_i, k̄_j += dt·β_ij·Ȳ_i. With FSAL, y1 is the last stage's input and k_0 of a step is the previous
 * step's last output, so its cotangent is handed back.
 *
 * As torchdiffeq's step-size update (`_optimal_step_size`) runs under no_grad, the step sizes are treated
 * as constants. torchdiffeq does differentiate its *first* step size (TORCHDIFFEQ_NOTES §7); we do not, which
 * matches its `backprop_detached_first_step` variant (the difference is ~2e-8 at rtol 1e-6).
 */
import { interpWeights, type RkSolution } from './rk';
import type { Tableau } from './tableaus';

/** Adds aᵀ∂f/∂θ at state y into gp and writes aᵀ∂f/∂y into gy. */
export type FieldVjp = (y: Float64Array, a: Float64Array, gp: Float64Array, gy: Float64Array) => void;

/**
 * dL/dθ for a loss whose gradient with respect to the outputs is `dLdys[j]` (same shape as `sol.ys[j]`).
 * `sol` must come from `rkSolve(..., { record: true })`.
 */
export function backpropGrad(sol: RkSolution, tab: Tableau, dLdys: Float64Array[], vjp: FieldVjp, nParams: number): Float64Array {
  const gp = new Float64Array(nParams);
  const steps = sol.steps;
  if (steps.length === 0) return gp;
  const n = steps[0].stageY[0].length;
  const S = tab.alpha.length + 1;
  const gy = new Float64Array(n);
  let ybar = new Float64Array(n); // cotangent of this step's y1
  let kCarry = new Float64Array(n); // FSAL: cotangent of this step's last stage output, from the next step's k_0
  const kbar = Array.from({ length: S }, () => new Float64Array(n));
  for (let s = steps.length - 1; s >= 0; s--) {
    const { dt, stageY, outputs } = steps[s];
    for (const kb of kbar) kb.fill(0);
    const y0bar = new Float64Array(n);
    for (const { index, x } of outputs) {
      const g = dLdys[index];
      if (!tab.adaptive) {
        for (let e = 0; e < n; e++) ybar[e] += g[e];
        continue;
      }
      const [w0, w1, wm, wf0, wf1] = interpWeights(x);
      const mid = tab.cMid as number[];
      for (let e = 0; e < n; e++) {
        y0bar[e] += (w0 + wm) * g[e];
        ybar[e] += w1 * g[e];
        kbar[0][e] += dt * wf0 * g[e];
        kbar[S - 1][e] += dt * wf1 * g[e];
      }
      for (let j = 0; j < S; j++) {
        const c = dt * wm * mid[j];
        if (c === 0) continue;
        for (let e = 0; e < n; e++) kbar[j][e] += c * g[e];
      }
    }
    if (tab.fsal) {
      for (let e = 0; e < n; e++) kbar[S - 1][e] += kCarry[e];
    } else {
      for (let e = 0; e < n; e++) y0bar[e] += ybar[e];
      for (let j = 0; j < S; j++) {
        const c = dt * tab.cSol[j];
        if (c !== 0) for (let e = 0; e < n; e++) kbar[j][e] += c * ybar[e];
      }
    }
    for (let i = S - 1; i >= 1; i--) {
      vjp(stageY[i], kbar[i], gp, gy);
      if (tab.fsal && i === S - 1) for (let e = 0; e < n; e++) gy[e] += ybar[e];
      const beta = tab.beta[i - 1];
      for (let e = 0; e < n; e++) y0bar[e] += gy[e];
      for (let j = 0; j < i; j++) {
        const c = dt * beta[j];
        if (c !== 0) for (let e = 0; e < n; e++) kbar[j][e] += c * gy[e];
      }
    }
    if (tab.fsal && s > 0) {
      kCarry = Float64Array.from(kbar[0]);
    } else {
      // k_0 was evaluated at y0 for this step (fixed grid), or once before the first step (adaptive f0).
      vjp(stageY[0], kbar[0], gp, gy);
      for (let e = 0; e < n; e++) y0bar[e] += gy[e];
    }
    ybar = y0bar;
  }
  return gp;
}

