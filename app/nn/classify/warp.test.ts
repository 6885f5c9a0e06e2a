import { beforeAll, describe, expect, it } from 'vitest';
import { mulberry32 } from '../../math/rng';
import { useTestBackend } from '../core/testBackend';
import { tf } from '../core/tf';
import { makeToy } from './toy2d';
import { accuracyOf, createWarpModel } from './warp';

beforeAll(async () => {
  await useTestBackend('wasm');
});

describe('plane warp training', () => {
  const data = makeToy('moons', 120, mulberry32(1));

  it.each(['resnet', 'odenet'] as const)('%s: loss falls and accuracy on two moons rises above 85 percent', async (kind) => {
    const m = createWarpModel(kind, data, 1);
    const first = (await m.step()).loss;
    let last = first;
    for (let i = 0; i < 80; i++) last = (await m.step()).loss;
    expect(last).toBeLessThan(0.7 * first);
    const pic = await m.picture(data.x);
    expect(accuracyOf(pic.prob, data.y)).toBeGreaterThan(0.85);
    // The picture starts at the inputs themselves, and the last snapshot is what the cut classifies.
    expect(Array.from(pic.states[0])).toEqual(Array.from(data.x));
    m.dispose();
  });

  it('the ODE-Net picture has 13 snapshots and the ResNet one per block plus the input', async () => {
    const r = createWarpModel('resnet', data, 2);
    const o = createWarpModel('odenet', data, 2);
    expect((await r.picture(data.x)).states).toHaveLength(7);
    expect((await o.picture(data.x)).states).toHaveLength(13);
    r.dispose();
    o.dispose();
  });

  it('keeps tf.memory().numTensors flat over many steps and pictures', async () => {
    for (const kind of ['resnet', 'odenet'] as const) {
      const m = createWarpModel(kind, data, 3);
      await m.step();
      await m.picture(data.x);
      const before = tf.memory().numTensors;
      for (let i = 0; i < 40; i++) {
        await m.step();
        if (i % 10 === 0) await m.picture(data.x);
      }
      expect(tf.memory().numTensors).toBe(before);
      m.dispose();
    }
  });
});
