/**
 * `npm run bench -- solver`: time per solve of our `odeint` (app/solver, dopri5 as torchdiffeq does it) against
 * `odex` (npm; Hairer & Wanner's ODEX, Gragg–Bulirsch–Stoer extrapolation, in JavaScript), side by side in one
 * process. DESIGN.md budget: ours at most 0.5× odex's time, with torchdiffeq's NFE (3308 for Van der Pol μ=5
 * at rtol = atol = 1e-8; TORCHDIFFEQ_NOTES.md §8).
 *
 * Problems:
 * - Van der Pol μ = 5: x' = v, v' = μ(1 − x²)v − x, y0 = [2, 0], t ∈ [0, 20], rtol = atol = 1e-8, end value only.
 * - ode_demo spiral: y' = (y³)A with A = [[−0.1, 2], [−2, −0.1]], y0 = [2, 0], 1,000 outputs evenly on [0, 25]
 *   (torchdiffeq examples/ode_demo.py), torchdiffeq's defaults rtol = 1e-7, atol = 1e-9; odex with dense output
 *   on the same grid.
 * Three solvers per problem: `odeint` (the unrolled dopri5 path), `odeint` forced through the generic
 * tableau-driven stepper (same numbers, to show what the specialisation buys), and odex. After warm-up they are
 * timed in rotating batches, so all see the same machine load (this machine is shared and its load moves); the
 * table shows median times per solve, the median over rounds of the per-round time ratio to odex, and the
 * minimum times with their ratio (the figure least disturbed by other processes).
 */
import { createRequire } from 'node:module';
import { odeint } from '../../app/solver/index.ts';
import { odeintWithKernel } from '../../app/solver/odeint.ts';
import type { Field } from '../../app/solver/types.ts';

/**
 * The part of odex's API used here. odex ships its TypeScript source as its types, and that source does not
 * pass our strict type check, so it is loaded through `require` and typed by this interface instead.
 */
interface OdexSolver {
  relativeTolerance: number;
  absoluteTolerance: number;
  maxSteps: number;
  denseOutput: boolean;
  solve(f: (x: number, y: number[]) => number[], x0: number, y0: number[], xEnd: number, out?: unknown): { y: number[]; nStep: number; nAccept: number; nReject: number; nEval: number };
  grid(dt: number, out: (x: number, y: number[]) => void): unknown;
}
const { Solver } = createRequire(import.meta.url)('odex') as { Solver: new (n: number) => OdexSolver };

const MU = 5;
const A = [
  [-0.1, 2.0],
  [-2.0, -0.1],
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Rotating batches of `per` solves, `rounds` times, after `warm` warm-up solves each. Returns per solver the
 * median and the minimum ms per solve, and the median over rounds of its time ratio to the last solver. Under
 * heavy contention a batch can be descheduled for milliseconds; the minimum is then the closest figure to an
 * unloaded machine, so both are printed.
 */
function timeRotating(fns: (() => void)[], warm: number, rounds: number, per: number): { ms: number[]; min: number[]; ratio: number[] } {
  for (let i = 0; i < warm; i++) fns.forEach((f) => f());
  const times = fns.map(() => [] as number[]);
  const ratios = fns.map(() => [] as number[]);
  for (let r = 0; r < rounds; r++) {
    const round = fns.map((f) => {
      const t0 = performance.now();
      for (let i = 0; i < per; i++) f();
      return (performance.now() - t0) / per;
    });
    round.forEach((x, i) => {
      times[i].push(x);
      ratios[i].push(x / round[round.length - 1]);
    });
  }
  return { ms: times.map(median), min: times.map((xs) => Math.min(...xs)), ratio: ratios.map(median) };
}

interface Row {
  problem: string;
  fast: number;
  generic: number;
  odex: number;
  ratioFast: number;
  ratioGeneric: number;
  minFast: number;
  minGeneric: number;
  minOdex: number;
  nfeOurs: number;
  nfeOdex: number;
  diff: number;
}

function compare(problem: string, f: Field, odexF: (x: number, y: number[]) => number[], t: number[], opts: { rtol?: number; atol?: number }, dense: boolean, rounds: number, per: number): Row {
  let nfeOurs = 0;
  let lastOurs: Float64Array = new Float64Array(2);
  const ours = (kernel: 'fast' | 'generic') => () => {
    const s = kernel === 'fast' ? odeint(f, [2, 0], t, opts) : odeintWithKernel(f, [2, 0], t, opts, 'generic');
    nfeOurs = s.nfe;
    lastOurs = s.ys[t.length - 1];
  };
  const solver = new Solver(2);
  solver.relativeTolerance = opts.rtol ?? 1e-7;
  solver.absoluteTolerance = opts.atol ?? 1e-9;
  solver.maxSteps = 1e6;
  solver.denseOutput = dense;
  let nfeOdex = 0;
  let lastOdex: number[] = [];
  const T = t[t.length - 1];
  const theirs = () => {
    const out: number[][] = [];
    const r = dense ? solver.solve(odexF, 0, [2, 0], T, solver.grid(T / (t.length - 1), (_x, y) => void out.push(y))) : solver.solve(odexF, 0, [2, 0], T);
    nfeOdex = r.nEval;
    lastOdex = r.y;
  };
  const { ms, min, ratio } = timeRotating([ours('fast'), ours('generic'), theirs], 30, rounds, per);
  return {
    problem,
    fast: ms[0],
    generic: ms[1],
    odex: ms[2],
    ratioFast: ratio[0],
    ratioGeneric: ratio[1],
    minFast: min[0],
    minGeneric: min[1],
    minOdex: min[2],
    nfeOurs,
    nfeOdex,
    diff: Math.hypot(lastOurs[0] - lastOdex[0], lastOurs[1] - lastOdex[1]),
  };
}

export async function run(): Promise<void> {
  const vdp = compare(
    'Van der Pol μ=5, [0,20], 1e-8, end value',
    (_t, y, dy) => {
      dy[0] = y[1];
      dy[1] = MU * (1 - y[0] * y[0]) * y[1] - y[0];
    },
    (_x, y) => [y[1], MU * (1 - y[0] * y[0]) * y[1] - y[0]],
    [0, 20],
    { rtol: 1e-8, atol: 1e-8 },
    false,
    61,
    10,
  );
  const N = 1000;
  const spiral = compare(
    'spiral, 1,000 outputs on [0,25], 1e-7/1e-9',
    (_t, y, dy) => {
      const a = y[0] * y[0] * y[0];
      const b = y[1] * y[1] * y[1];
      dy[0] = a * A[0][0] + b * A[1][0];
      dy[1] = a * A[0][1] + b * A[1][1];
    },
    (_x, y) => {
      const a = y[0] * y[0] * y[0];
      const b = y[1] * y[1] * y[1];
      return [a * A[0][0] + b * A[1][0], a * A[0][1] + b * A[1][1]];
    },
    Array.from({ length: N }, (_, i) => (25 * i) / (N - 1)),
    {},
    true,
    41,
    5,
  );
  console.table(
    [vdp, spiral].map((r) => ({
      problem: r.problem,
      'odeint ms': r.fast.toFixed(3),
      'generic ms': r.generic.toFixed(3),
      'odex ms': r.odex.toFixed(3),
      'odeint/odex (≤ 0.5)': r.ratioFast.toFixed(2),
      'generic/odex': r.ratioGeneric.toFixed(2),
      'min ms odeint/generic/odex': `${r.minFast.toFixed(3)}/${r.minGeneric.toFixed(3)}/${r.minOdex.toFixed(3)}`,
      'ratio of mins': (r.minFast / r.minOdex).toFixed(2),
      'NFE odeint': r.nfeOurs,
      'NFE odex': r.nfeOdex,
      '|Δ end|': r.diff.toExponential(1),
    })),
  );
  if (vdp.nfeOurs !== 3308) console.log(`WARNING: Van der Pol NFE is ${vdp.nfeOurs}, torchdiffeq's is 3308.`);
}
