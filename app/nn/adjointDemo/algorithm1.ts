/**
 * Algorithm 1 of [P] (Chen et al. 2018, §2), in float64, run by the project's own `odeint`: the forward
 * solve, then ONE backward solve per output interval of the augmented state s = [z, a, a_θ] with
 *
 *   dz/dt = f(z, θ),   da/dt = −aᵀ ∂f/∂z,   da_θ/dt = −aᵀ ∂f/∂θ,
 *
 * from s(t_N) = [z(t_N), ∂L/∂z(t_N), 0] back to t_0, adding ∂L/∂z(t_i) to a at every output time
 * ([P] App. B, "several output times"). a(t) = ∂L/∂z(t) (no minus sign: the article's sign is wrong), and
 * a_θ(t_0) = −∫_{t_N}^{t_0} aᵀ ∂f/∂θ dt = dL/dθ ([P] Eq. 5).
 *
 * `checkpoint: true` resets z to the stored forward value at each output time, as torchdiffeq's
 * `odeint_adjoint` does (adjoint.py:124-141, TORCHDIFFEQ_NOTES §6). `checkpoint: false` is the algorithm as
 * printed: z is re-integrated backwards the whole way from z(t_N), and can drift ([P] §6).
 *
 * One caveat against torchdiffeq: `odeint`'s error norm is one RMS over the whole augmented state, where
 * torchdiffeq's adjoint takes the max of per-group RMS norms (adjoint.py:247-254), so step counts differ.
 */
import { odeint } from '../../solver';
import type { Method, StepEvent } from '../../solver/types';
import type { ParamField } from './field';

export interface Problem {
  field: ParamField;
  theta: Float64Array;
  z0: Float64Array;
  /** Output times, strictly increasing. */
  ts: number[];
  /** Target per output time for the loss L = Σ ½‖z(t_i) − target_i‖²; null: no loss term there. */
  targets: (Float64Array | null)[];
}

export interface SolveOptions {
  method?: Method;
  rtol?: number;
  atol?: number;
  stepSize?: number;
}

/** An accepted step's end: its time and state (a copy). */
export interface StepMark {
  t: number;
  y: Float64Array;
}

export function lossValue(zs: Float64Array[], targets: (Float64Array | null)[]): number {
  let L = 0;
  zs.forEach((z, i) => {
    const y = targets[i];
    if (y) for (let k = 0; k < z.length; k++) L += 0.5 * (z[k] - y[k]) ** 2;
  });
  return L;
}

/** ∂L/∂z(t_i) = z(t_i) − target_i, or zero where the output has no target. */
export function lossGrads(zs: Float64Array[], targets: (Float64Array | null)[]): Float64Array[] {
  return zs.map((z, i) => {
    const y = targets[i];
    const g = new Float64Array(z.length);
    if (y) for (let k = 0; k < z.length; k++) g[k] = z[k] - y[k];
    return g;
  });
}

const accepted = (marks: StepMark[]) => (s: StepEvent) => {
  if (s.accepted) marks.push({ t: s.t1, y: Float64Array.from(s.y1) });
};

/** The forward solve at the output times, with its accepted step ends. */
export function forward(p: Problem, opts: SolveOptions = {}): { zs: Float64Array[]; nfe: number; steps: StepMark[] } {
  const { field, theta } = p;
  const steps: StepMark[] = [];
  const sol = odeint((_t, z, dz) => field.f(z, theta, dz), p.z0, p.ts, { ...opts, onStep: accepted(steps) });
  return { zs: sol.ys, nfe: sol.nfe, steps };
}

export interface AdjointOptions extends SolveOptions {
  /** Reset z to the stored forward state at each output time (torchdiffeq's behaviour). */
  checkpoint: boolean;
  /** Record every accepted backward step (times and augmented states). */
  record?: boolean;
  /** Dense samples of the backward solution per interval (they do not change the steps). */
  samplesPerInterval?: number;
}

export interface AdjointResult {
  dLdz0: Float64Array;
  dLdTheta: Float64Array;
  /** z as the backward solve reconstructed it at t_0 (equals z0 exactly only without drift). */
  zBack0: Float64Array;
  /** Backward evaluations of the augmented dynamics (each is one f and one VJP). */
  nfe: number;
  /** Accepted backward steps, in the order solved (decreasing t), augmented state [z, a, a_θ]. */
  steps: StepMark[];
  /** Dense samples of the augmented state, decreasing t (with `samplesPerInterval`). */
  samples: StepMark[];
}

/** The augmented dynamics of Algorithm 1: [f, −aᵀ∂f/∂z, −aᵀ∂f/∂θ], one f and one VJP per call. */
export function augmentedDynamics(field: ParamField, theta: Float64Array) {
  const D = field.dim;
  const P = field.nParams;
  const vz = new Float64Array(D);
  const vth = new Float64Array(P);
  return (_t: number, s: Float64Array, ds: Float64Array) => {
    const z = s.subarray(0, D);
    const a = s.subarray(D, 2 * D);
    field.f(z, theta, ds.subarray(0, D));
    field.vjp(z, theta, a, vz, vth);
    for (let k = 0; k < D; k++) ds[D + k] = -vz[k];
    for (let k = 0; k < P; k++) ds[2 * D + k] = -vth[k];
  };
}

/** Algorithm 1: the backward solve, given the forward outputs `zs` at `p.ts`. */
export function adjoint(p: Problem, zs: Float64Array[], opts: AdjointOptions): AdjointResult {
  const { field, theta, ts } = p;
  const D = field.dim;
  const P = field.nParams;
  const N = ts.length;
  const dL = lossGrads(zs, p.targets);
  const aug = augmentedDynamics(field, theta);
  const s = new Float64Array(2 * D + P);
  s.set(zs[N - 1], 0);
  const steps: StepMark[] = [];
  const samples: StepMark[] = [];
  const onStep = opts.record ? accepted(steps) : undefined;
  const { method, rtol, atol, stepSize } = opts;
  let nfe = 0;
  for (let i = N - 1; i >= 1; i--) {
    if (opts.checkpoint) s.set(zs[i], 0);
    for (let k = 0; k < D; k++) s[D + k] += dL[i][k];
    const n = Math.max(1, opts.samplesPerInterval ?? 1);
    const grid = Array.from({ length: n + 1 }, (_, j) => ts[i] + ((ts[i - 1] - ts[i]) * j) / n);
    grid[n] = ts[i - 1];
    const sol = odeint(aug, s, grid, { method, rtol, atol, stepSize, onStep });
    nfe += sol.nfe;
    if (opts.samplesPerInterval) sol.ys.forEach((y, j) => (j > 0 || i === N - 1) && samples.push({ t: grid[j], y: Float64Array.from(y) }));
    s.set(sol.ys[n]);
  }
  for (let k = 0; k < D; k++) s[D + k] += dL[0][k];
  return { dLdz0: s.slice(D, 2 * D), dLdTheta: s.slice(2 * D), zBack0: s.slice(0, D), nfe, steps, samples };
}

/** Loss of the problem as solved with the given options (used by finite differences). */
export function solvedLoss(p: Problem, opts: SolveOptions): number {
  const { field, theta } = p;
  const sol = odeint((_t, z, dz) => field.f(z, theta, dz), p.z0, p.ts, opts);
  return lossValue(sol.ys, p.targets);
}

/**
 * Central finite differences of L in every component of z0 and θ, one solve per call of `next()` (which
 * yields the number of components done so far), so a widget can spread the work over frames. The solves
 * use a fixed fine grid (rk4, `stepSize`), so L is a smooth function of the inputs (an adaptive solver's step choices would change with the perturbation and
 * add noise of order tolerance/h). Error: O(h²) from the difference plus O(stepSize⁴) from rk4.
 */
export function* finiteDifferences(p: Problem, { h = 1e-5, stepSize = 4e-3 } = {}): Generator<number, { dLdz0: Float64Array; dLdTheta: Float64Array }> {
  const opts: SolveOptions = { method: 'rk4', stepSize };
  const D = p.field.dim;
  const P = p.field.nParams;
  // Perturb copies, never the caller's arrays.
  const z0 = Float64Array.from(p.z0);
  const theta = Float64Array.from(p.theta);
  const q: Problem = { ...p, z0, theta };
  const out = new Float64Array(D + P);
  for (let c = 0; c < D + P; c++) {
    const vec = c < D ? z0 : theta;
    const k = c < D ? c : c - D;
    const old = vec[k];
    vec[k] = old + h;
    const up = solvedLoss(q, opts);
    vec[k] = old;
    yield c + 0.5; // one solve per step of the generator, so a caller can spread them over frames
    vec[k] = old - h;
    const down = solvedLoss(q, opts);
    vec[k] = old;
    out[c] = (up - down) / (2 * h);
    yield c + 1;
  }
  return { dLdz0: out.slice(0, D), dLdTheta: out.slice(D) };
}

/** Runs a generator to its end (for tests and Node). */
export function runToEnd<R>(g: Generator<unknown, R>): R {
  for (;;) {
    const r = g.next();
    if (r.done) return r.value;
  }
}
