/**
 * `npm run bench -- nn`: batched throughput of `odeintTensor` (points × steps per second) for 65,536 2-D
 * points through a 2→64→64→2 tanh MLP with rk4 (Kutta's 3/8 rule, 4 evaluations per step), on tfjs's cpu and
 * wasm backends in Node, beside the cost of the 4 network evaluations alone (the floor any solver pays). Then
 * the precision the float32 tensor path reaches against app/solver's float64 odeint on the spiral.
 * Prints figures; asserts nothing (tests do not time things).
 */
import { loadNnForNode } from '../../app/nn/core/nodeTfjs.ts';

const N = 65536;
const STEPS = { wasm: 3, cpu: 1 } as const;

export async function run(): Promise<void> {
  const rows: string[][] = [];
  for (const backend of ['wasm', 'cpu'] as const) {
    const nn = await loadNnForNode(backend);
    const { tf } = nn;
    const mlp = nn.createMlp({ sizes: [2, 64, 64, 2], seed: 3 });
    const y0 = tf.tidy(() => tf.mul(tf.sub(tf.tensor2d(Array.from({ length: N * 2 }, (_, i) => ((i * 0.6180339887) % 1)), [N, 2]), 0.5), 4));
    const steps = STEPS[backend];
    const h = 0.05;
    const solve = async () => {
      const start = performance.now();
      const { ys, nfe } = nn.odeintTensor(mlp.field, y0, [0, steps * h], { method: 'rk4', stepSize: h, skipFiniteChecks: true });
      await ys.data(); // wait for the backend to finish
      ys.dispose();
      return { ms: performance.now() - start, nfe };
    };
    const evals = async () => {
      const start = performance.now();
      for (let i = 0; i < 4; i++) {
        const out = mlp.field(0, y0);
        await out.data();
        out.dispose();
      }
      return performance.now() - start;
    };
    await solve(); // warm-up (kernel set-up, first allocations)
    // Interleaved repeats, best of each: on a shared machine the minimum is the least disturbed figure.
    const reps = backend === 'wasm' ? 3 : 1;
    const solveMs: number[] = [];
    const evalMs: number[] = [];
    let nfe = 0;
    for (let r = 0; r < reps; r++) {
      const s = await solve();
      solveMs.push(s.ms);
      nfe = s.nfe;
      evalMs.push(await evals());
    }
    const msPerStep = Math.min(...solveMs) / steps;
    rows.push([
      backend,
      String(N),
      String(steps),
      String(nfe),
      msPerStep.toFixed(0),
      Math.min(...evalMs).toFixed(0),
      ((N * 1000) / msPerStep).toExponential(2),
    ]);
    tf.dispose(y0);
    mlp.dispose();
  }
  console.log('odeintTensor throughput: 65,536 points, 2→64→64→2 tanh MLP, rk4 (Node, one process)');
  console.table(rows.map(([backend, points, steps, nfe, ms, evalMs, rate]) => ({ backend, points, steps, nfe, 'ms/step (best)': ms, 'ms for 4 MLP evals alone (best)': evalMs, 'points·steps/s': rate })));

  // Precision of the float32 tensor path against the float64 path on the ode_demo spiral.
  const nn = await loadNnForNode('wasm');
  const { odeint } = await import('../../app/solver/odeint.ts');
  const { spiral64, spiralTensor, SPIRAL_A } = await import('../../app/nn/core/problems.ts');
  const { tf } = nn;
  const A = tf.tensor2d(SPIRAL_A.map((r) => [...r]));
  const t = Array.from({ length: 101 }, (_, i) => i * 0.25);
  const cases = [
    ['euler', { stepSize: 0.01 }],
    ['midpoint', { stepSize: 0.01 }],
    ['rk4', { stepSize: 0.01 }],
    ['bosh3', { rtol: 1e-3, atol: 1e-6 }],
    ['dopri5', { rtol: 1e-3, atol: 1e-6 }],
    ['dopri5', { rtol: 1e-6, atol: 1e-9 }],
    ['dopri5', {}],
  ] as const;
  const prec = cases.map(([method, o]) => {
    const r64 = odeint(spiral64, [2, 0], t, { method, ...o });
    const y0 = tf.tensor2d([[2, 0]]);
    const r32 = nn.odeintTensor(spiralTensor(A), y0, t, { method, ...o });
    const got = r32.ys.dataSync();
    let maxRel = 0;
    r64.ys.forEach((y, i) => y.forEach((v, m) => (maxRel = Math.max(maxRel, Math.abs(v - got[2 * i + m]) / Math.max(1, Math.abs(v))))));
    tf.dispose([y0, r32.ys]);
    return { method, options: JSON.stringify(o), 'NFE float64': r64.nfe, 'NFE float32': r32.nfe, 'max |Δy|/max(1,|y|)': maxRel.toExponential(1) };
  });
  A.dispose();
  console.log('\nfloat32 odeintTensor against float64 odeint: spiral y0 = [2, 0], 101 outputs on [0, 25]');
  console.table(prec);
}
