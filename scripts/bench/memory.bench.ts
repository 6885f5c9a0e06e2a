/**
 * `npm run bench -- memory`: peak tensor memory of ONE gradient computation through 10, 100 and 1,000 rk4
 * steps (app/nn/core/memoryExperiment.ts: 2→32→2 tanh MLP, batch of 16 2-D states, t from 0 to 1), by
 * backprop through the solver and by the adjoint. "sampled" is app/runtime/tfMemory's `measurePeakBytes`
 * (numBytes sampled at every field evaluation, forward and backward); "tf.profile" is the exact peak, run only
 * where tf.profile does not overflow the stack. Node, tfjs wasm backend. Prints figures; asserts nothing.
 */
import { loadNnForNode } from '../../app/nn/core/nodeTfjs.ts';

export async function run(): Promise<void> {
  const nn = await loadNnForNode('wasm');
  const { tf } = nn;
  const { runGradient } = await import('../../app/nn/core/memoryExperiment.ts');
  const { measurePeakBytes, profilePeakBytes } = await import('../../app/runtime/tfMemory.ts');
  const kb = (b: number) => (b / 1024).toFixed(1);
  runGradient('backprop', { steps: 5 }); // warm-up
  const rows = [];
  for (const steps of [10, 100, 1000]) {
    const row: Record<string, string | number> = { steps };
    for (const mode of ['backprop', 'adjoint'] as const) {
      const start = performance.now();
      const m = measurePeakBytes(tf, (sample) => runGradient(mode, { steps }, sample));
      const ms = performance.now() - start;
      row[`${mode} peak KiB`] = kb(m.peakBytes);
      row[`${mode} tf.profile KiB`] = steps <= 100 ? kb((await profilePeakBytes(tf, () => void runGradient(mode, { steps }))).peakBytes) : '—';
      row[`${mode} NFE`] = mode === 'adjoint' ? `${m.result.nfeForward}+${m.result.nfeBackward}` : m.result.nfeForward;
      row[`${mode} ms`] = ms.toFixed(0);
    }
    rows.push(row);
  }
  console.log('Peak memory of one gradient (2→32→2 tanh MLP, batch 16, rk4, t ∈ [0, 1]; tfjs wasm in Node)');
  console.table(rows);
}
