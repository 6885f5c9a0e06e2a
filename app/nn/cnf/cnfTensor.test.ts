import { beforeAll, describe, expect, test } from 'vitest';
import { useTestBackend } from '../core/testBackend';
import { mulberry32 } from '../../math/rng';
import { sampleToy } from '../../math/toy/ffjord';
import { cnfFieldTrace, cnfScratch, initCnf, type CnfWeights } from './model';
import { cnfFieldTraceFn, integrateAug } from './flowPlain';
import { cnfToTensors, disposeCnfTensors, fieldAndDivergence, integrateAugTensor, logDensityTensor, tensorsToCnf } from './tensorFlow';
import { CnfTrainer } from './train';

type Tf = Awaited<ReturnType<typeof useTestBackend>>;
let tf: Tf;
beforeAll(async () => {
  tf = await useTestBackend('wasm');
});

function model(seed = 5): CnfWeights {
  const w = initCnf([2, 16, 16, 2], mulberry32(seed));
  w.layers.forEach((l, k) => l.b.forEach((_, j) => ((l.b[j] = 0.1 * Math.sin(j + k)), (l.c[j] = 0.3 * Math.cos(j * k + 1)))));
  return w;
}

const points = [[0.3, -0.7], [1.5, 0.2], [-2, 1], [0, 0]];

describe('the tfjs CNF path', () => {
  test('field and exact divergence agree with the float64 reference to float32 precision', async () => {
    const w = model();
    const p = cnfToTensors(tf, w, false);
    const z = tf.tensor2d(points);
    const { f, div } = tf.tidy(() => fieldAndDivergence(tf, p, 0.6, z));
    const [fd, dd] = [await f.data(), await div.data()];
    const s = cnfScratch(w);
    points.forEach(([x, y], i) => {
      const o = [0, 0];
      const tr = cnfFieldTrace(w, s, 0.6, x, y, o);
      expect(Math.abs(fd[2 * i] - o[0])).toBeLessThan(1e-5);
      expect(Math.abs(fd[2 * i + 1] - o[1])).toBeLessThan(1e-5);
      expect(Math.abs(dd[i] - tr)).toBeLessThan(1e-5);
    });
    tf.dispose([f, div, z]);
    disposeCnfTensors(p);
  });

  test('the augmented 3/8-rule solve agrees with the float64 one', async () => {
    const w = model();
    const p = cnfToTensors(tf, w, false);
    const z = tf.tensor2d(points);
    const r = tf.tidy(() => integrateAugTensor(tf, p, z, 1, 0, 12));
    const [zd, ad] = [await r.z.data(), await r.A.data()];
    points.forEach(([x, y], i) => {
      const s = integrateAug(cnfFieldTraceFn(w), x, y, 1, 0, 12);
      expect(Math.abs(zd[2 * i] - s[0])).toBeLessThan(1e-4);
      expect(Math.abs(zd[2 * i + 1] - s[1])).toBeLessThan(1e-4);
      expect(Math.abs(ad[i] - s[2])).toBeLessThan(1e-4);
    });
    tf.dispose([r.z, r.A, z]);
    disposeCnfTensors(p);
  });

  test("Hutchinson's estimator is unbiased: its mean over many draws lies within 3 standard errors of the exact trace", async () => {
    const w = model(9);
    const p = cnfToTensors(tf, w, false);
    const draws = 4000;
    const s = cnfScratch(w);
    for (const [k, [x, y]] of points.entries()) {
      const z = tf.tidy(() => tf.tile(tf.tensor2d([[x, y]]), [draws, 1]) as ReturnType<typeof tf.tensor2d>);
      const eps = tf.randomNormal([draws, 2], 0, 1, 'float32', 100 + k) as ReturnType<typeof tf.tensor2d>;
      const est = tf.tidy(() => fieldAndDivergence(tf, p, 0.2, z, eps).div);
      const v = Array.from(await est.data());
      const mean = v.reduce((a, b) => a + b, 0) / draws;
      const variance = v.reduce((a, b) => a + (b - mean) ** 2, 0) / (draws - 1);
      const se = Math.sqrt(variance / draws);
      const exact = cnfFieldTrace(w, s, 0.2, x, y, [0, 0]);
      expect(variance).toBeGreaterThan(0);
      expect(Math.abs(mean - exact)).toBeLessThan(3 * se);
      tf.dispose([z, eps, est]);
    }
    disposeCnfTensors(p);
  });

  test('weights survive the round trip to tensors and back', async () => {
    const w = model();
    const p = cnfToTensors(tf, w);
    const back = await tensorsToCnf(p, w.dims, w.T);
    back.layers.forEach((l, k) => l.W.forEach((v, i) => expect(v).toBeCloseTo(w.layers[k].W[i], 6)));
    disposeCnfTensors(p);
  });
});

describe('tensor memory stays flat', () => {
  test('over 200 tidy density evaluations', () => {
    const w = model();
    const p = cnfToTensors(tf, w, false);
    const x = tf.tensor2d(points);
    const run = () => tf.tidy(() => logDensityTensor(tf, p, x, 1, 2)).dispose();
    run();
    const before = tf.memory().numTensors;
    for (let i = 0; i < 200; i++) run();
    expect(tf.memory().numTensors).toBe(before);
    x.dispose();
    disposeCnfTensors(p);
  });

  test('over 30 training steps, exact and Hutchinson, and the NLL goes down', async () => {
    for (const trace of ['exact', 'hutchinson'] as const) {
      const trainer = new CnfTrainer(tf, initCnf([2, 16, 16, 2], mulberry32(3)), { lr: 1e-2, steps: 4, trace });
      const rng = mulberry32(8);
      const batch = () => tf.tensor2d(Float32Array.from(sampleToy('8gaussians', 128, rng)), [128, 2]);
      const held = tf.tensor2d(Float32Array.from(sampleToy('8gaussians', 512, mulberry32(99))), [512, 2]);
      const e0 = trainer.evaluate(held);
      const nll0 = (await e0.data())[0];
      e0.dispose();
      const step = async (i: number) => {
        const x = batch();
        const l = trainer.step(x, i);
        await l.data();
        l.dispose();
        x.dispose();
      };
      await step(0);
      const before = tf.memory().numTensors;
      for (let i = 1; i <= 30; i++) await step(i);
      expect(tf.memory().numTensors).toBe(before);
      const e1 = trainer.evaluate(held);
      const nll1 = (await e1.data())[0];
      e1.dispose();
      expect(nll1).toBeLessThan(nll0);
      held.dispose();
      trainer.dispose();
    }
  });
});
