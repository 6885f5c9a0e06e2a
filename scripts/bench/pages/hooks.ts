/**
 * The benchmark hooks, installed on `bench.html`, a page only the benchmark build has
 * (`vite build --config scripts/bench/vite.bench.config.ts`): shipped widgets carry no benchmark code.
 *
 * - `window.__cnfBench(size, path)`: one density frame of the shipped moons CNF (cnf.bench.ts).
 * - `window.__ch2Bench(iterations)`: training iterations of the chapter-2 networks (ch2.bench.ts).
 */
import type { BenchPath } from './cnfBench';
import type { BenchRow } from './ch2Bench';

declare global {
  interface Window {
    __cnfBench?: (size: number, path: BenchPath) => Promise<number>;
    __ch2Bench?: (iterations: number) => Promise<BenchRow[]>;
    __benchReady?: boolean;
  }
}

/** Frames (steps over [0, T]) of one density frame, as the density-flow widget computes them. */
const CNF_STEPS = 12;

window.__cnfBench = async (size, path) => {
  const [{ benchFrame }, { validateCnf }] = await Promise.all([import('./cnfBench'), import('../../../app/nn/cnf/model')]);
  const resp = await fetch('/models/cnf/moons.json');
  const parsed = validateCnf(await resp.json());
  if (!parsed.ok) throw new Error(parsed.error);
  return benchFrame(parsed.value, size, path, CNF_STEPS);
};
window.__ch2Bench = async (iterations) => (await import('./ch2Bench')).benchIterations(iterations);
window.__benchReady = true;
