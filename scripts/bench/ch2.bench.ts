/**
 * Chapter 2: one training iteration (forward, backward, Adam update, loss read-back) of each comparison
 * network on 64 digits, in Chromium on the wasm and webgl backends, through the hook of the benchmark build's
 * bench page (scripts/bench/pages/ch2Bench.ts; `npm run bench` builds it into dist-bench/, BENCH_PAGES_OUTDIR
 * overrides).
 */
import { withBrowserPage } from './browser.ts';
import type { BenchRow } from './pages/ch2Bench.ts';

export async function run(): Promise<void> {
  const iterations = Number(process.env.BENCH_ITERATIONS ?? 10);
  const all: BenchRow[] = [];
  for (const backend of ['wasm', 'webgl']) {
    const rows = await withBrowserPage(
      `/scripts/bench/pages/bench.html?backend=${backend}`,
      async (page) => {
        await page.waitForFunction(() => typeof (window as unknown as { __ch2Bench?: unknown }).__ch2Bench === 'function', null, { timeout: 60_000 });
        return page.evaluate((n) => (window as unknown as { __ch2Bench: (n: number) => Promise<BenchRow[]> }).__ch2Bench(n), iterations);
      },
      { port: Number(process.env.BENCH_PORT ?? 4504), outDir: process.env.BENCH_PAGES_OUTDIR ?? 'dist-bench' },
    );
    all.push(...rows);
  }
  console.log(`One training iteration (batch 64, 8×8 digits), median of ${iterations} after 3 warm-up iterations:`);
  console.table(
    all.map((r) => ({
      backend: r.backend,
      network: r.kind,
      'median ms': +r.medianMs.toFixed(2),
      'min ms': +r.minMs.toFixed(2),
      'peak kB (1st step)': +(r.peakBytes / 1024).toFixed(1),
      'forward NFE': r.nfe,
    })),
  );
}
