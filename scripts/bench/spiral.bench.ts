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
 * No tfjs path is shipped for this network: at 2→50→2 on 20 samples tfjs pays ~0.1 ms of per-op overhead
 * for every tensor op, and one dopri5 iteration is hundreds of ops, so it cannot beat the plain path here.
 * Reference: torchdiffeq 0.2.5's ode_demo on the same machine kind, torch CPU single thread, median
 * 19 ms (backprop) and 61 ms (adjoint) per iteration (reference/ODE_DEMO.md, "Time per training iteration").
 */
import { existsSync } from 'node:fs';
import { groundTruth } from '../../app/nn/spiral/problem.ts';
import { SpiralTraining, type GradMode } from '../../app/nn/spiral/trainer.ts';
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
      const t0 = Date.now();
      for (;;) {
        const it = Number(/Iteration (\d+)/.exec(await read())?.[1] ?? 0);
        if (it >= until || Date.now() - t0 > 240_000) break;
        await page.waitForTimeout(500);
      }
      const status = (await fig.locator('.widget-status').textContent()) ?? '';
      const ms = Number(/([\d.]+) ms per iteration here/.exec(status)?.[1] ?? NaN);
      return { path: 'plain TS, Chromium (widget)', mode, iterations: until, medianMs: NaN, meanMs: ms, meanNfe: 'as Node' };
    },
    { port: Number(process.env.BENCH_PORT ?? 4505), outDir },
  );
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
      'torchdiffeq ms / ours (median, or mean in Chromium)': +(TORCH_MS[r.mode] / (Number.isNaN(r.medianMs) ? r.meanMs : r.medianMs)).toFixed(1),
    })),
  );
  console.log("Chromium: the widget's own exponential average of the last iterations (late, higher-NFE ones), on the main thread between frames.");
  console.log('CPU ms: process CPU time per iteration in Node (GC included); on a shared, loaded machine it is the steadier figure.');
}
