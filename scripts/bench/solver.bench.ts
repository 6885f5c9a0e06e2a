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
 * Each solver is warmed up, then the two are timed in alternating batches (the machine is shared, so load moves);
 * the table shows median times per solve and the median of the per-batch-pair ratios.
 */
import { Solver } from 'odex';
import { odeint } from '../../app/solver/index.ts';

const MU = 5;
const A = [
  [-0.1, 2.0],
  [-2.0, -0.1],
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Times two solvers in alternating batches of `per` solves (so both see the same machine load; this machine is
 * shared), after `warm` warm-up solves each. Returns the median per-solve times and the median of the per-pair
 * time ratios a/b.
 */
function timePair(a: () => void, b: () => void, warm: number, batches: number, per: number): { a: number; b: number; ratio: number } {
  for (let i = 0; i < warm; i++) {
    a();
    b();
  }
  const ta: number[] = [];
  const tb: number[] = [];
  const ratio: number[] = [];
  const batch = (fn: () => void) => {
    const t0 = performance.now();
    for (let i = 0; i < per; i++) fn();
    return (performance.now() - t0) / per;
  };
  for (let k = 0; k < batches; k++) {
    const x = batch(a);
    const y = batch(b);
    ta.push(x);
    tb.push(y);
    ratio.push(x / y);
  }
  return { a: median(ta), b: median(tb), ratio: median(ratio) };
}

interface Row {
  problem: string;
  ours: number;
  odex: number;
  /** Median over alternating batch pairs of (our time / odex time). */
  ratio: number;
  nfeOurs: number;
  nfeOdex: number;
  diff: number;
}

function vanDerPol(): Row {
  let nfeOurs = 0;
  let endOurs: Float64Array = new Float64Array(2);
  const ours = () => {
    const s = odeint((_t, y, dy) => {
      dy[0] = y[1];
      dy[1] = MU * (1 - y[0] * y[0]) * y[1] - y[0];
    }, [2, 0], [0, 20], { rtol: 1e-8, atol: 1e-8 });
    nfeOurs = s.nfe;
    endOurs = s.ys[1];
  };
  const solver = new Solver(2);
  solver.relativeTolerance = 1e-8;
  solver.absoluteTolerance = 1e-8;
  solver.maxSteps = 1e6;
  let nfeOdex = 0;
  let endOdex: number[] = [];
  const theirs = () => {
    const r = solver.solve((_x, y) => [y[1], MU * (1 - y[0] * y[0]) * y[1] - y[0]], 0, [2, 0], 20);
    nfeOdex = r.nEval;
    endOdex = r.y;
  };
  const tm = timePair(ours, theirs, 50, 31, 20);
  return { problem: 'Van der Pol μ=5, [0,20], 1e-8, end value', ours: tm.a, odex: tm.b, ratio: tm.ratio, nfeOurs, nfeOdex, diff: Math.hypot(endOurs[0] - endOdex[0], endOurs[1] - endOdex[1]) };
}

function spiral(): Row {
  const N = 1000;
  const t = Array.from({ length: N }, (_, i) => (25 * i) / (N - 1));
  let nfeOurs = 0;
  let lastOurs: Float64Array = new Float64Array(2);
  const ours = () => {
    const s = odeint((_t, y, dy) => {
      const a = y[0] * y[0] * y[0];
      const b = y[1] * y[1] * y[1];
      dy[0] = a * A[0][0] + b * A[1][0];
      dy[1] = a * A[0][1] + b * A[1][1];
    }, [2, 0], t);
    nfeOurs = s.nfe;
    lastOurs = s.ys[N - 1];
  };
  const solver = new Solver(2);
  solver.relativeTolerance = 1e-7;
  solver.absoluteTolerance = 1e-9;
  solver.denseOutput = true;
  solver.maxSteps = 1e6;
  let nfeOdex = 0;
  let lastOdex: number[] = [];
  const theirs = () => {
    const out: number[][] = [];
    const r = solver.solve((_x, y) => {
      const a = y[0] * y[0] * y[0];
      const b = y[1] * y[1] * y[1];
      return [a * A[0][0] + b * A[1][0], a * A[0][1] + b * A[1][1]];
    }, 0, [2, 0], 25, solver.grid(25 / (N - 1), (_x, y) => void out.push(y)));
    nfeOdex = r.nEval;
    lastOdex = r.y;
  };
  const tm = timePair(ours, theirs, 30, 31, 10);
  return { problem: 'spiral, 1,000 outputs on [0,25], 1e-7/1e-9', ours: tm.a, odex: tm.b, ratio: tm.ratio, nfeOurs, nfeOdex, diff: Math.hypot(lastOurs[0] - lastOdex[0], lastOurs[1] - lastOdex[1]) };
}

export async function run(): Promise<void> {
  const rows = [vanDerPol(), spiral()];
  console.table(
    rows.map((r) => ({
      problem: r.problem,
      'odeint ms/solve': r.ours.toFixed(3),
      'odex ms/solve': r.odex.toFixed(3),
      'ratio (target ≤ 0.5)': r.ratio.toFixed(2),
      'NFE odeint': r.nfeOurs,
      'NFE odex': r.nfeOdex,
      '|Δ end|': r.diff.toExponential(1),
    })),
  );
  const vdp = rows[0];
  if (vdp.nfeOurs !== 3308) console.log(`WARNING: Van der Pol NFE is ${vdp.nfeOurs}, torchdiffeq's is 3308.`);
}
