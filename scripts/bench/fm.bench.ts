/**
 * Chapter 6: iterations per second of flow-matching training against chapter 5's maximum-likelihood CNF
 * training, side by side: the same network (2→32→32→2 tanh, t fed to every layer), the same seeded start,
 * the same two-moons data, the same batch and Adam rate, tfjs wasm in Node, interleaved rounds (best of 3).
 * Maximum likelihood backpropagates through 8 fixed 3/8-rule steps of the field and its exact trace (32
 * evaluations, the widget's setting); flow matching through one evaluation. Prints figures; asserts nothing.
 */
import { loadNnForNode } from '../../app/nn/core/nodeTfjs.ts';
import { mulberry32 } from '../../app/math/rng.ts';
import { sampleToy } from '../../app/math/toy/ffjord.ts';
import { initCnf } from '../../app/nn/cnf/model.ts';

export async function run(): Promise<void> {
  const { tf } = await loadNnForNode('wasm');
  const { createRun } = await import('../../app/nn/flowMatching/session.ts');
  const data = Float32Array.from(sampleToy('moons', 4096, mulberry32(1)));
  const init = initCnf([2, 32, 32, 2], mulberry32(2), 1);
  const rows: Record<string, string | number>[] = [];
  for (const batch of [128, 256]) {
    const runs = {
      'flow matching': createRun(tf, { kind: 'fm', init, data, lr: 3e-3, batch, seed: 3 }),
      'maximum likelihood (8 steps, exact trace)': createRun(tf, { kind: 'ml', init, data, lr: 3e-3, batch, seed: 3, mlSteps: 8 }),
    };
    const best: Record<string, number> = {};
    for (const r of Object.values(runs)) await r.train(3); // warm-up (Adam's slots, wasm kernels)
    for (let round = 0; round < 3; round++)
      for (const [name, r] of Object.entries(runs)) {
        const rep = await r.train(name.startsWith('flow') ? 200 : 10);
        const perSec = (1000 * rep.losses.length) / rep.ms;
        best[name] = Math.max(best[name] ?? 0, perSec);
      }
    const fm = best['flow matching'];
    for (const [name, ips] of Object.entries(best)) rows.push({ batch, training: name, 'iterations per second (best of 3)': Number(ips.toFixed(1)), 'ms per iteration': Number((1000 / ips).toFixed(2)), 'flow matching ×': Number((fm / ips).toFixed(1)) });
    Object.values(runs).forEach((r) => r.dispose());
  }
  console.table(rows);
}
