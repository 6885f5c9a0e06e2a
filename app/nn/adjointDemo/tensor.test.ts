/**
 * The tfjs side of chapter 4, on tfjs's wasm backend in Node: the memory meter's figures come from real
 * measurement (backprop's peak grows with the number of steps, the adjoint's stays flat), the tfjs gradients
 * agree with float64 finite differences to float32 accuracy, and no loop leaks tensors.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestBackend } from '../core/testBackend';
import { tf } from '../core/tf';
import { finiteDifferences, runToEnd } from './algorithm1';
import { backwardProblem } from './backwardScene';
import { flatten } from './gradientCheck';
import { maxRelError } from './relError';
import { measureGradient, type MemorySetup } from './memoryRun';
import { adjointTensor, backpropTensor } from './tensorGradients';

const small: Omit<MemorySetup, 'steps'> = { batch: 4, hidden: 8, seed: 3 };

beforeAll(async () => {
  await useTestBackend('wasm');
});

describe('the memory meter measures', () => {
  it('backprop’s peak grows with the steps; the adjoint’s stays within 1.5×; nothing leaks', () => {
    measureGradient('adjoint', { ...small, steps: 2 }); // warm-up
    const steps = [10, 40, 160];
    const bp = steps.map((n) => measureGradient('backprop', { ...small, steps: n }));
    const adj = steps.map((n) => measureGradient('adjoint', { ...small, steps: n }));
    for (const m of [...bp, ...adj]) {
      expect(m.peakBytes).toBeGreaterThan(0);
      expect(m.leakedTensors).toBe(0);
    }
    expect(bp[1].peakBytes).toBeGreaterThan(2 * bp[0].peakBytes);
    expect(bp[2].peakBytes).toBeGreaterThan(2 * bp[1].peakBytes);
    const adjPeaks = adj.map((m) => m.peakBytes);
    expect(Math.max(...adjPeaks)).toBeLessThanOrEqual(1.5 * Math.min(...adjPeaks));
    expect(bp[2].peakBytes).toBeGreaterThan(3 * adj[2].peakBytes);
    // rk4: 4 evaluations per step forward; the adjoint adds as many backward (fixed grid).
    expect(bp.map((m) => m.nfe)).toEqual(steps.map((n) => 4 * n));
    expect(adj.map((m) => m.nfe)).toEqual(steps.map((n) => 8 * n));
  });

  it('keeps tf.memory().numTensors flat over many measurements', () => {
    const before = tf.memory().numTensors;
    for (let i = 0; i < 20; i++) measureGradient(i % 2 ? 'adjoint' : 'backprop', { ...small, steps: 5 });
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('the gradient check’s tfjs columns', () => {
  const fd = flatten(runToEnd(finiteDifferences(backwardProblem({ damping: 0.3, T: 5, btolExp: -6 }))));

  it('backprop through odeintTensor agrees with finite differences to float32 accuracy (1e-3)', async () => {
    const r = await backpropTensor(0.3, 5);
    expect(maxRelError(r.gradient, fd)).toBeLessThan(1e-3);
    expect(r.forwardNfe).toBeGreaterThan(0);
  });

  it('odeintAdjoint agrees with finite differences to 1e-3, and is worse at a loose backward tolerance', async () => {
    const tight = await adjointTensor(0.3, 5, -6);
    const loose = await adjointTensor(0.3, 5, -2);
    expect(maxRelError(tight.gradient, fd)).toBeLessThan(1e-3);
    expect(maxRelError(loose.gradient, fd)).toBeGreaterThan(maxRelError(tight.gradient, fd));
    expect(tight.backwardNfe).toBeGreaterThan(loose.backwardNfe ?? Infinity);
  });

  it('keeps tf.memory().numTensors flat over repeated gradients', async () => {
    await backpropTensor(0.3, 2);
    await adjointTensor(0.3, 2, -4);
    const before = tf.memory().numTensors;
    for (let i = 0; i < 5; i++) {
      await backpropTensor(0.3, 2);
      await adjointTensor(0.3, 2, -4);
    }
    expect(tf.memory().numTensors).toBe(before);
  });
});
