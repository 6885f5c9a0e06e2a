import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestBackend } from '../core/testBackend';
import { tf } from '../core/tf';
import { parseDigits, splitDigits, type DigitSplit } from './digits';
import { NET_KINDS } from './digitNets';
import { createDigitRun } from './digitRun';

let split: DigitSplit;
beforeAll(async () => {
  await useTestBackend('wasm');
  split = splitDigits(parseDigits(new Uint8Array(readFileSync(new URL('../../../public/data/digits/digits-8x8.bin', import.meta.url)))));
});

describe('the shipped digits', () => {
  it('are 1,797 images split 1,437 / 360 with every class in both parts', () => {
    expect(split.train.n).toBe(1437);
    expect(split.test.n).toBe(360);
    for (const part of [split.train, split.test]) expect(new Set(part.y).size).toBe(10);
  });
});

describe('comparison networks', () => {
  it('have the parameter counts their layer sizes give', () => {
    // embed 64→32 and head 32→10 in every net: 64·32+32 + 32·10+10 = 2,410.
    // A block or field with a 32-unit hidden layer: 2·(32·32) + 32 + 32 = 2,112, plus 32 time weights if it takes t.
    const expected = { mlp: 2410, resnet: 2410 + 6 * 2112, rknet: 2410 + 2112 + 32, odenet: 2410 + 2112 + 32 };
    for (const kind of NET_KINDS) {
      const run = createDigitRun(kind, split.train);
      expect(run.net.params, kind).toBe(expected[kind]);
      run.dispose();
    }
  });

  it.each(NET_KINDS)('%s: 30 iterations lower the loss, and tf.memory().numTensors stays flat', async (kind) => {
    const run = createDigitRun(kind, split.train, { seed: 4 });
    const first = await run.step();
    const before = tf.memory().numTensors;
    let mean = 0;
    for (let i = 0; i < 30; i++) {
      const s = await run.step();
      if (i >= 20) mean += s.loss / 10;
    }
    expect(mean).toBeLessThan(0.8 * first.loss);
    expect(tf.memory().numTensors).toBe(before);
    const err = await run.testError(split.test);
    expect(err).toBeLessThan(0.9); // better than chance after 31 minibatches
    expect(tf.memory().numTensors).toBe(before);
    run.dispose();
  });

  it('peak memory of a gradient step: the ResNet above the MLP, the adjoint ODE-Net below RK-Net', async () => {
    const peak: Record<string, number> = {};
    for (const kind of NET_KINDS) {
      const run = createDigitRun(kind, split.train, { seed: 4 });
      const s = await run.step(); // iteration 1 is always profiled
      peak[kind] = s.peakBytes ?? NaN;
      if (kind === 'odenet') expect(s.backwardNfe).toBeGreaterThan(0);
      run.dispose();
    }
    expect(peak.resnet).toBeGreaterThan(peak.mlp);
    expect(peak.odenet).toBeLessThan(peak.rknet);
  });
});
