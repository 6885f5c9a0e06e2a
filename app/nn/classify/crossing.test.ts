import { beforeAll, describe, expect, it } from 'vitest';
import { useTestBackend } from '../core/testBackend';
import { tf } from '../core/tf';
import { createCrossModel, evenly, type CrossKind } from './crossing';

beforeAll(async () => {
  await useTestBackend('wasm');
});

async function train(kind: CrossKind, iterations: number) {
  const m = createCrossModel(kind, 3);
  const losses: number[] = [];
  for (let i = 0; i < iterations; i++) losses.push((await m.step()).loss);
  return { m, losses };
}

describe('crossing demo: learning x → −x', () => {
  it('the 1-D ODE cannot: its loss stalls near the squeeze-to-zero value, and its trajectories never cross', async () => {
    const { m, losses } = await train('ode1d', 150);
    // A 1-D flow map is increasing. The best increasing fit to the decreasing target −x is the constant
    // mean(−x) = 0 (isotonic regression pools a decreasing sequence into its mean), so no 1-D ODE can score
    // below mean(x²) = 17/45 ≈ 0.378 on 16 evenly spaced x in [−1, 1].
    const xs = evenly(16);
    const floor = xs.reduce((s, x) => s + x * x, 0) / xs.length;
    expect(floor).toBeCloseTo(17 / 45, 12);
    expect(losses.at(-1)!).toBeGreaterThan(0.99 * floor);
    expect(losses.at(-1)!).toBeLessThan(1.1 * floor);
    expect(losses.at(-1)!).toBeLessThan(losses[0]);
    const { paths } = await m.trajectories(evenly(9), evenly(11, 0, 1));
    // Order is preserved at every time: trajectories of a 1-D ODE cannot pass each other.
    for (let k = 0; k < 11; k++) for (let i = 1; i < 9; i++) expect(paths[i][k]).toBeGreaterThan(paths[i - 1][k]);
    m.dispose();
  });

  it('one ResNet block can: loss falls below 1% of the ODE floor and the end order is reversed', async () => {
    const { m, losses } = await train('resnet', 300);
    expect(losses.at(-1)!).toBeLessThan(0.004);
    const { paths } = await m.trajectories([-1, 1], [0, 1]);
    expect(paths[0][1]).toBeGreaterThan(0.8);
    expect(paths[1][1]).toBeLessThan(-0.8);
    m.dispose();
  });

  it('the augmented ODE can: its loss falls far below the 1-D floor', async () => {
    const { m, losses } = await train('anode', 300);
    expect(losses.at(-1)!).toBeLessThan(0.05);
    const { paths } = await m.trajectories([-1, 1], evenly(5, 0, 1));
    expect(paths[0].at(-1)!).toBeGreaterThan(0.6);
    expect(paths[1].at(-1)!).toBeLessThan(-0.6);
    m.dispose();
  });

  it('keeps tf.memory().numTensors flat over many iterations and pictures', async () => {
    for (const kind of ['ode1d', 'resnet', 'anode'] as const) {
      const m = createCrossModel(kind, 5);
      await m.step();
      await m.trajectories([0.5], [0, 1]);
      const before = tf.memory().numTensors;
      for (let i = 0; i < 30; i++) {
        await m.step();
        await m.trajectories(evenly(5), evenly(6, 0, 1));
      }
      expect(tf.memory().numTensors).toBe(before);
      m.dispose();
    }
  });
});
