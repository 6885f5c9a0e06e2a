/**
 * Chapter 3: milliseconds per ode_demo training iteration (batch of 20 windows, dopri5 at rtol 1e-7, L1
 * loss, gradient, RMSprop update; test solves excluded, as in ode_demo's own time meter), for the one path
 * the site ships: plain float64 TypeScript (app/nn/spiral), with backprop through the solver and with the
 * adjoint, over a full 2,000-iteration run from seed 0 (NFE rises from ~20 to ~60 as it trains, so
 * early iterations are cheaper: the median over the whole run is what ODE_DEMO.md reports for torchdiffeq).
 *
 * - Node: this process, single thread.
 * - Chromium: the spiral trainer's own page, reading the per-iteration time the widget measures and shows
 *   (needs a built site: `npx vite build --outDir <dir>`, then `BENCH_OUTDIR=<dir> BENCH_PORT=<port>`).
 *
 * No tfjs path is shipped for this network: at 2→50→2 on 20 samples tfjs pays a per-op overhead for every
 * tensor op, and one dopri5 iteration is hundreds of ops. The last table measures that claim instead of
 * asserting it: the same iteration on the project's tfjs engine (app/nn odeintTensor / odeintAdjoint,
 * TorchRmsprop, float32, wasm backend in Node) beside the plain path, both from the shipped checkpoint, where
 * the NFE is at its trained level (~60 forward).
 * Reference: torchdiffeq 0.2.5's ode_demo on the same machine kind, torch CPU single thread, median
 * 19 ms (backprop) and 61 ms (adjoint) per iteration (reference/ODE_DEMO.md, "Time per training iteration").
 */
import { existsSync, readFileSync } from 'node:fs';
import { loadNnForNode } from '../../app/nn/core/nodeTfjs.ts';
import { getBatch } from '../../app/nn/spiral/batches.ts';
import { decodeCheckpoint } from '../../app/nn/spiral/checkpoint.ts';
import { HIDDEN, OFF_B1, OFF_B2, OFF_W1, OFF_W2 } from '../../app/nn/spiral/mlp.ts';
import { groundTruth } from '../../app/nn/spiral/problem.ts';
import { SpiralTraining, type GradMode } from '../../app/nn/spiral/trainer.ts';
import { mulberry32 } from '../../app/math/rng.ts';
import { withBrowserPage } from './browser.ts';

const TORCH_MS: Record<GradMode, number> = { backprop: 19, adjoint: 61 };

interface Row {
  path: string;
  mode: GradMode;
  iterations: number;
  medianMs: number;
  meanMs: number;
  meanNfe: string;
  /** Process CPU time per iteration (user + system): less inflated than wall time when the machine is shared. */
  cpuMs?: number;
  /** Chromium: main-thread tasks over 50 ms during the run. */
  longTasks?: string;
}

function nodeRun(mode: GradMode, iterations: number): Row {
  const truth = groundTruth();
  const run = new SpiralTraining(truth, 0);
  const times: number[] = [];
  let nfeF = 0, nfeB = 0;
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    const s = run.step({ mode, method: 'dopri5', rtol: 1e-7, atol: 1e-9 });
    times.push(performance.now() - t0);
    nfeF += s.nfeForward;
    nfeB += s.nfeBackward;
  }
  const cpu = process.cpuUsage(cpu0);
  const sorted = [...times].sort((a, b) => a - b);
  return {
    cpuMs: (cpu.user + cpu.system) / 1000 / iterations,
    path: 'plain TS, Node',
    mode,
    iterations,
    medianMs: sorted[Math.floor(sorted.length / 2)],
    meanMs: times.reduce((a, b) => a + b, 0) / times.length,
    meanNfe: `${(nfeF / iterations).toFixed(1)} fwd / ${(nfeB / iterations).toFixed(1)} bwd`,
  };
}

/** Lets the widget train from scratch to `until` iterations and reads its own measured ms per iteration. */
async function browserRun(mode: GradMode, until: number): Promise<Row> {
  const outDir = process.env.BENCH_OUTDIR ?? 'dist';
  return withBrowserPage(
    `/widget/spiral-trainer?mode=${mode}`,
    async (page) => {
      const fig = page.getByRole('figure', { name: 'Spiral trainer' });
      const read = async () => (await fig.locator('.widget-readout').textContent()) ?? '';
      // Count main-thread tasks over 50 ms while it trains (the Long Tasks API).
      await page.evaluate(() => {
        const w = window as unknown as { __longTasks: number[] };
        w.__longTasks = [];
        new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__longTasks.push(e.duration))).observe({ type: 'longtask', buffered: true });
      });
      const t0 = Date.now();
      for (;;) {
        const it = Number(/Iteration (\d+)/.exec(await read())?.[1] ?? 0);
        if (it >= until || Date.now() - t0 > 240_000) break;
        await page.waitForTimeout(500);
      }
      const status = (await fig.locator('.widget-status').textContent()) ?? '';
      const ms = Number(/([\d.]+) ms per iteration here/.exec(status)?.[1] ?? NaN);
      const long = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
      return { path: 'plain TS, Chromium (widget)', mode, iterations: until, medianMs: NaN, meanMs: ms, meanNfe: 'as Node', longTasks: `${long.length} (longest ${long.length ? Math.max(...long).toFixed(0) : 0} ms)` };
    },
    { port: Number(process.env.BENCH_PORT ?? 4505), outDir },
  );
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Plain TS vs tfjs-wasm, `n` iterations each from the shipped checkpoint (after 3 warm-up iterations). */
async function fromCheckpoint(n: number): Promise<Record<string, string | number>[]> {
  const c = decodeCheckpoint(JSON.parse(readFileSync(new URL('../../public/models/spiral/checkpoint.json', import.meta.url), 'utf8')));
  const truth = groundTruth();
  const rows: Record<string, string | number>[] = [];
  for (const mode of ['backprop', 'adjoint'] as const) {
    const run = new SpiralTraining(truth, c.seed, c.state);
    const times: number[] = [];
    const m = 5 * n; // the plain path is cheap: more iterations, steadier figures
    let nfe = 0;
    for (let i = 0; i < 3; i++) run.step({ mode, method: 'dopri5', rtol: 1e-7, atol: 1e-9 });
    const cpu0 = process.cpuUsage();
    for (let i = 0; i < m; i++) {
      const t0 = performance.now();
      nfe += run.step({ mode, method: 'dopri5', rtol: 1e-7, atol: 1e-9 }).nfeForward;
      times.push(performance.now() - t0);
    }
    const cpu = process.cpuUsage(cpu0);
    const cpuMs = (cpu.user + cpu.system) / 1000 / m;
    rows.push({ path: 'plain TS float64, Node', gradient: mode, iterations: m, 'median ms': +median(times).toFixed(2), 'CPU ms': +cpuMs.toFixed(2), 'mean fwd NFE': +(nfe / m).toFixed(1), 'torchdiffeq ms / ours (median; CPU)': `${(TORCH_MS[mode] / median(times)).toFixed(1)}; ${(TORCH_MS[mode] / cpuMs).toFixed(1)}` });
  }
  const nn = await loadNnForNode('wasm');
  const { TorchRmsprop } = await import('../../app/nn/core/optimizers.ts');
  const { tf } = nn;
  const p = c.state.params;
  // ODEFunc in tfjs: net(y³), weights as [in, out] (the transpose of torch's and our [out][in] layout).
  const w1 = tf.variable(tf.tensor2d(Array.from({ length: 2 * HIDDEN }, (_, k) => p[OFF_W1 + 2 * (k % HIDDEN) + Math.floor(k / HIDDEN)]), [2, HIDDEN]));
  const b1 = tf.variable(tf.tensor1d(Array.from(p.subarray(OFF_B1, OFF_W2))));
  const w2 = tf.variable(tf.tensor2d(Array.from({ length: 2 * HIDDEN }, (_, k) => p[OFF_W2 + HIDDEN * (k % 2) + Math.floor(k / 2)]), [HIDDEN, 2]));
  const b2 = tf.variable(tf.tensor1d(Array.from(p.subarray(OFF_B2))));
  const params = [w1, b1, w2, b2];
  const net = (ps: typeof params | import('@tensorflow/tfjs-core').Tensor[], y: import('@tensorflow/tfjs-core').Tensor) =>
    tf.tidy(() => tf.add(tf.matMul(tf.tanh(tf.add(tf.matMul(tf.pow(y, 3), ps[0] as never), ps[1])), ps[2] as never), ps[3]));
  const rng = mulberry32(1);
  for (const mode of ['backprop', 'adjoint'] as const) {
    const opt = new TorchRmsprop(1e-3);
    const times: number[] = [];
    let nfe = 0;
    const before = tf.memory().numTensors;
    let cpu0 = process.cpuUsage();
    for (let i = 0; i < n + 3; i++) {
      if (i === 3) cpu0 = process.cpuUsage();
      const b = getBatch(rng, truth.y, truth.t);
      const t0 = performance.now();
      const y0 = tf.tensor2d(Array.from(b.y0), [20, 2]);
      const target = tf.tensor3d(b.y.flatMap((v) => Array.from(v)), [10, 20, 2]);
      const tList = Array.from(b.t);
      opt.minimize(() => {
        const sol = mode === 'backprop' ? nn.odeintTensor((_t, y) => net(params, y), y0, tList) : nn.odeintAdjoint((_t, y, ps) => net(ps, y), y0, tList, params);
        nfe += i >= 3 ? sol.nfe : 0;
        return tf.mean(tf.abs(tf.sub(sol.ys, target)));
      }, params);
      tf.dispose([y0, target]);
      if (i >= 3) times.push(performance.now() - t0);
    }
    opt.dispose();
    const leaked = tf.memory().numTensors - before;
    const cpu = process.cpuUsage(cpu0);
    const cpuMs = (cpu.user + cpu.system) / 1000 / n;
    rows.push({ path: 'tfjs wasm float32, Node (not shipped)', gradient: mode, iterations: n, 'median ms': +median(times).toFixed(2), 'CPU ms': +cpuMs.toFixed(2), 'mean fwd NFE': +(nfe / n).toFixed(1), 'torchdiffeq ms / ours (median; CPU)': `${(TORCH_MS[mode] / median(times)).toFixed(2)}; ${(TORCH_MS[mode] / cpuMs).toFixed(2)}`, 'tensors left': leaked });
  }
  tf.dispose(params);
  return rows;
}

export async function run(): Promise<void> {
  const iterations = Number(process.env.BENCH_ITERATIONS ?? 2000);
  const rows: Row[] = [nodeRun('backprop', iterations), nodeRun('adjoint', iterations)];
  const outDir = process.env.BENCH_OUTDIR ?? 'dist';
  if (existsSync(`${outDir}/index.html`)) {
    for (const mode of ['backprop', 'adjoint'] as const) rows.push(await browserRun(mode, Math.min(iterations, 1000)));
  } else {
    console.log(`(Chromium rows left out: no built site at ${outDir}/; build one and set BENCH_OUTDIR.)`);
  }
  console.log(`ode_demo training iteration, seed 0, dopri5 rtol 1e-7 / atol 1e-9, over ${iterations} iterations (torchdiffeq: median 19 ms backprop, 61 ms adjoint):`);
  console.table(
    rows.map((r) => ({
      path: r.path,
      gradient: r.mode,
      iterations: r.iterations,
      'median ms': Number.isNaN(r.medianMs) ? '—' : +r.medianMs.toFixed(2),
      'mean ms': +r.meanMs.toFixed(2),
      'CPU ms': r.cpuMs === undefined ? '—' : +r.cpuMs.toFixed(2),
      'mean NFE': r.meanNfe,
      'tasks > 50 ms': r.longTasks ?? '—',
      'torchdiffeq ms / ours (median, or mean in Chromium)': +(TORCH_MS[r.mode] / (Number.isNaN(r.medianMs) ? r.meanMs : r.medianMs)).toFixed(1),
    })),
  );
  console.log("Chromium: the widget's own exponential average of the last iterations (late, higher-NFE ones), trained in its worker; 'tasks > 50 ms' counts the page's main-thread long tasks over the whole visit, page load included.");
  console.log('CPU ms: process CPU time per iteration in Node (GC included); on a shared, loaded machine it is the steadier figure.');
  const n = Number(process.env.BENCH_TFJS_ITERATIONS ?? 20);
  console.log(`\nFrom the shipped checkpoint (trained NFE), after 3 warm-up iterations: ms per iteration (wall median, and CPU mean):`);
  console.table(await fromCheckpoint(n));
}
