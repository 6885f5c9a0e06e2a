/**
 * A hidden benchmark hook for scripts/bench/ch2.bench.ts: on `/widget/network-comparison?bench=1`, the page
 * exposes `window.__ch2Bench(iterations)`, which times training iterations of each comparison network on
 * whatever backend `?backend=` chose. Loaded only in that mode; nothing runs until the script calls it.
 */
import { ensureTfBackend } from '../../runtime/tfBackend';

export interface BenchRow {
  kind: string;
  backend: string;
  /** Median ms of `iterations` timed iterations, after 3 untimed warm-up ones. */
  medianMs: number;
  minMs: number;
  /** Peak extra tensor bytes in the first (profiled) iteration. */
  peakBytes: number;
  nfe: number;
}

declare global {
  interface Window {
    __ch2Bench?: (iterations: number) => Promise<BenchRow[]>;
  }
}

export function installBenchHook(): void {
  window.__ch2Bench = async (iterations) => {
    const info = await ensureTfBackend();
    const [{ loadDigits }, { createDigitRun }, { NET_KINDS }] = await Promise.all([
      import('../../nn/classify/digits'),
      import('../../nn/classify/digitRun'),
      import('../../nn/classify/digitNets'),
    ]);
    const split = await loadDigits();
    const rows: BenchRow[] = [];
    for (const kind of NET_KINDS) {
      const run = createDigitRun(kind, split.train, { seed: 1, profileEvery: 1e9 });
      const first = await run.step();
      await run.step();
      await run.step();
      const ms: number[] = [];
      let nfe = 0;
      for (let i = 0; i < iterations; i++) {
        const s = await run.step();
        ms.push(s.ms);
        nfe = s.nfe;
        await info.tf.nextFrame();
      }
      run.dispose();
      ms.sort((a, b) => a - b);
      rows.push({ kind, backend: info.backend, medianMs: ms[Math.floor((ms.length - 1) / 2)], minMs: ms[0], peakBytes: first.peakBytes ?? NaN, nfe });
    }
    return rows;
  };
}
