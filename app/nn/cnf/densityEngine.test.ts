import { beforeAll, expect, test } from 'vitest';
import { useTestBackend } from '../core/testBackend';
import { mulberry32 } from '../../math/rng';
import { initCnf } from './model';
import { logDensityGridPlain } from './flowPlain';
import { cnfToTensors, disposeCnfTensors } from './tensorFlow';
import { hutchinsonStats } from './hutchinson';
import { gridPoints, integrateTfChunked, runTfjs } from './densityEngine';

type Tf = Awaited<ReturnType<typeof useTestBackend>>;
let tf: Tf;
beforeAll(async () => {
  tf = await useTestBackend('wasm');
  // The engine yields to the page with requestAnimationFrame; Node has none.
  globalThis.requestAnimationFrame ??= ((cb: FrameRequestCallback) => setTimeout(() => cb(performance.now()), 0) as unknown as number) as typeof requestAnimationFrame;
});

function model() {
  const w = initCnf([2, 8, 8, 2], mulberry32(21));
  w.layers.forEach((l, k) => l.b.forEach((_, j) => ((l.b[j] = 0.2 * Math.sin(j + k)), (l.c[j] = 0.4 * Math.cos(j * k + 1)))));
  return w;
}

test('the tfjs path of the density flow reproduces the float64 heat maps frame by frame', async () => {
  const w = model();
  const grid = { size: 8, extent: 3 };
  const frames = 4;
  const res = await runTfjs(tf, w, grid, frames, Float32Array.of(0.1, 0.2, -1, 0.5), 16, { cancelled: () => false }, () => {});
  for (let k = 0; k <= frames; k++) {
    const ref = logDensityGridPlain(w, grid, (k * w.T) / frames, frames);
    const got = res.logp[k];
    expect(got).not.toBeNull();
    ref.forEach((v, i) => expect(Math.abs((got as Float32Array)[i] - v)).toBeLessThan(1e-4));
  }
  // Particles: the ledger's log-density is log N(z(0)) − A(t); A(0) = 0.
  expect(res.particles[0]?.[2]).toBe(0);
  expect(res.particles[frames]?.length).toBe(6);
});

test('tensor count stays flat over many chunked integrations (the widget loop)', async () => {
  const w = model();
  const p = cnfToTensors(tf, w, false);
  const pts = gridPoints({ size: 6, extent: 2 });
  const cancel = { cancelled: () => false };
  await integrateTfChunked(tf, p, pts, 1, 3, 1 / 3, 10, cancel);
  const before = tf.memory().numTensors;
  for (let i = 0; i < 50; i++) await integrateTfChunked(tf, p, pts, 1, 3, 1 / 3, 10, cancel);
  expect(tf.memory().numTensors).toBe(before);
  disposeCnfTensors(p);
});

test("Hutchinson's measured variance matches 2‖S‖²_F, and the statistics leave no tensors behind", async () => {
  const w = model();
  const p = cnfToTensors(tf, w, false);
  const z = tf.tensor2d([[0.3, -0.7], [1.2, 0.4], [-1, 1]]);
  await hutchinsonStats(tf, p, 0.5, z, 8, 1);
  const before = tf.memory().numTensors;
  const s = await hutchinsonStats(tf, p, 0.5, z, 20000, 3);
  expect(tf.memory().numTensors).toBe(before);
  // Sample variance of 20,000 Gaussian quadratic forms: relative standard error ≈ √(2/20000)·(kurtosis factor) ≈ 2–4%.
  expect(Math.abs(s.variance / s.theory - 1)).toBeLessThan(0.12);
  expect(Math.abs(s.estimate - s.exact)).toBeLessThan(4 * Math.sqrt(s.theory / 20000));
  z.dispose();
  disposeCnfTensors(p);
});
