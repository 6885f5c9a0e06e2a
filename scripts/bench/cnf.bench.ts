/**
 * Time per density frame of the density-flow widget (issue 7): every pixel of a 128² or 256² grid
 * integrated from t = 1 back to 0 in 12 fixed 3/8-rule steps through the shipped moons CNF
 * (2→32→32→2 tanh, exact 2-D trace), read back to the CPU. Three paths side by side in one Chromium run:
 * the fused WebGL2 program, tfjs on its webgl backend, tfjs on its wasm backend. Target: fused ≥ 3× the
 * throughput of tfjs-webgl. Prints figures; asserts nothing.
 *
 * Runs on the benchmark build's bench page (scripts/bench/pages/bench.html; `npm run bench` builds it into
 * dist-bench/, or `npx vite build --config scripts/bench/vite.bench.config.ts --outDir <dir>` and
 * BENCH_PAGES_OUTDIR=<dir>; BENCH_PORT picks the preview port).
 */
import { withBrowserPage } from './browser.ts';

type Path = 'fused' | 'webgl' | 'wasm';

export async function run(): Promise<void> {
  const outDir = process.env.BENCH_PAGES_OUTDIR ?? 'dist-bench';
  const port = process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) : undefined;
  const sizes = (process.env.CNF_BENCH_SIZES ?? '128,256').split(',').map(Number);
  const paths = (process.env.CNF_BENCH_PATHS ?? 'fused,webgl,wasm').split(',') as Path[];
  const rows = await withBrowserPage(
    '/scripts/bench/pages/bench.html',
    async (page) => {
      await page.waitForFunction(() => typeof (window as unknown as { __cnfBench?: unknown }).__cnfBench === 'function');
      const renderer = await page.evaluate(() => {
        const gl = document.createElement('canvas').getContext('webgl2');
        const ext = gl?.getExtension('WEBGL_debug_renderer_info');
        return gl && ext ? String(gl.getParameter(ext.UNMASKED_RENDERER_WEBGL)) : 'unknown';
      });
      console.log(`renderer: ${renderer}`);
      // Best of n: the machine is shared, so single runs are noisy; tfjs-webgl at 256² takes minutes, so once.
      const repeats = (size: number, path: Path) => (path === 'webgl' ? (size > 128 ? 1 : 2) : 3);
      const out: { size: number; path: Path; ms: number; n: number }[] = [];
      for (const size of sizes)
        for (const path of paths) {
          const times: number[] = [];
          for (let i = 0; i < repeats(size, path); i++)
            times.push(
              await page.evaluate(
                ([s, p]) => (window as unknown as { __cnfBench: (s: number, p: string) => Promise<number> }).__cnfBench(s as number, p as string),
                [size, path] as const,
              ),
            );
          console.log(`  ${size}² ${path}: ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
          out.push({ size, path, ms: Math.min(...times), n: times.length });
        }
      return out;
    },
    { outDir, port },
  );
  const table = rows.map((r) => {
    const webgl = rows.find((q) => q.size === r.size && q.path === 'webgl')?.ms ?? NaN;
    return {
      grid: `${r.size}²`,
      path: r.path === 'fused' ? 'fused WebGL2' : `tfjs-${r.path}`,
      'ms per frame (best of n)': Number(r.ms.toFixed(0)),
      n: r.n,
      'pixel-steps per ms': Number(((r.size * r.size * 12) / r.ms).toFixed(0)),
      'speed-up vs tfjs-webgl': Number((webgl / r.ms).toFixed(2)),
    };
  });
  console.table(table);
}
