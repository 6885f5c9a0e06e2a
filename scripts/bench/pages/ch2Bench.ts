/**
 * The chapter-2 training benchmark (scripts/bench/ch2.bench.ts), on the bench page `bench.html` that only the
 * benchmark build contains: `window.__ch2Bench(iterations)` times training iterations of each comparison
 * network on whatever backend `?backend=` chose. Nothing runs until the script calls it.
 */
import { ensureTfBackend } from '../../../app/runtime/tfBackend';

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

/** Times `iterations` training iterations of each network after 3 warm-up ones. */
export async function benchIterations(iterations: number): Promise<BenchRow[]> {
  const info = await ensureTfBackend();
  const [{ loadDigits }, { createDigitRun }, { NET_KINDS }] = await Promise.all([
    import('../../../app/nn/classify/digits'),
    import('../../../app/nn/classify/digitRun'),
    import('../../../app/nn/classify/digitNets'),
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
}
