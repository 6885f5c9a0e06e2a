/**
 * Memory, measured (issue 2; chapter 4 shows it): peak bytes of one gradient computation through a growing
 * number of rk4 steps. Backprop's must grow with the steps; the adjoint's must stay flat within 1.5×. Byte
 * counts are deterministic (tfjs's own accounting of tensor sizes), so this is not a timing test. The test
 * walks 10, 100 and 400 steps to keep its run short (tfjs's per-kernel cost makes 1,000 steps of both modes
 * take ~40 s here); `npm run bench -- memory` prints 10, 100 and 1,000.
 */
import { beforeAll, expect, test } from 'vitest';
import { runGradient, type GradientMode } from '../nn/core/memoryExperiment.ts';
import { useTestBackend } from '../nn/core/testBackend.ts';
import type { tf as TF } from '../nn/core/tf.ts';
import { measurePeakBytes, profilePeakBytes } from './tfMemory.ts';

let tf: typeof TF;
beforeAll(async () => {
  tf = await useTestBackend('wasm');
});

const peak = (mode: GradientMode, steps: number) => measurePeakBytes(tf, (sample) => runGradient(mode, { steps }, sample));

test('backprop memory grows with the steps; the adjoint stays flat within 1.5×', () => {
  const before = tf.memory().numTensors;
  const steps = [10, 100, 400];
  const bp = steps.map((s) => peak('backprop', s));
  const adj = steps.map((s) => peak('adjoint', s));
  console.log('peak bytes at', steps, 'steps: backprop', bp.map((r) => r.peakBytes), 'adjoint', adj.map((r) => r.peakBytes));
  expect(tf.memory().numTensors).toBe(before);
  // Backprop keeps every step's intermediates: the peak grows in proportion to the steps.
  expect(bp[1].peakBytes).toBeGreaterThan(5 * bp[0].peakBytes);
  expect(bp[2].peakBytes).toBeGreaterThan(3 * bp[1].peakBytes);
  const a = adj.map((r) => r.peakBytes);
  expect(Math.max(...a) / Math.min(...a)).toBeLessThanOrEqual(1.5);
  // The same solve underneath: forward NFE 4 per step, and for rk4 the backward NFE equals the forward NFE.
  expect(adj.map((r) => [r.result.nfeForward, r.result.nfeBackward])).toEqual(steps.map((s) => [4 * s, 4 * s]));
  expect(bp.map((r) => r.result.nfeForward)).toEqual(steps.map((s) => 4 * s));
  expect(bp[2].result.gradAbsSum).toBeCloseTo(adj[2].result.gradAbsSum, 3);
});

test('the sampled peak agrees with tf.profile on short runs, and is never above it', async () => {
  for (const mode of ['backprop', 'adjoint'] as const) {
    const sampled = peak(mode, 10).peakBytes;
    const exact = (await profilePeakBytes(tf, () => void runGradient(mode, { steps: 10 }))).peakBytes;
    console.log(mode, '10 steps: sampled', sampled, 'tf.profile', exact);
    expect(sampled).toBeLessThanOrEqual(exact);
    // Backprop: within 2% (its peak is in the backward pass, which the probe samples); the adjoint's small
    // peak includes short-lived temporaries of the VJP that no sample sees.
    expect(sampled).toBeGreaterThan((mode === 'backprop' ? 0.98 : 0.6) * exact);
  }
});
