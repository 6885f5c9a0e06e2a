import { expect, test } from 'vitest';
import { useTestBackend } from '../core/testBackend';
import { mulberry32 } from '../../math/rng';
import { sampleToy } from '../../math/toy/ffjord';
import { initCnf } from '../cnf/model';
import { createRun } from './session';

test.each(['fm', 'ml'] as const)("the worker's %s training run keeps tf.memory().numTensors flat, and learns", async (kind) => {
  const tf = await useTestBackend();
  const data = Float32Array.from(sampleToy('moons', 1024, mulberry32(1)));
  const run = createRun(tf, { kind, init: initCnf([2, 16, 16, 2], mulberry32(2), 1), data, lr: 1e-2, batch: 64, seed: 3, mlSteps: 4 });
  const first = await run.train(1); // Adam makes its moment variables here
  const before = tf.memory().numTensors;
  const rest = await run.train(kind === 'fm' ? 300 : 30);
  await run.weights();
  expect(tf.memory().numTensors).toBe(before);
  expect(rest.losses.length).toBe(kind === 'fm' ? 300 : 30);
  const tail = rest.losses.slice(-10).reduce((a, b) => a + b, 0) / 10;
  expect(tail).toBeLessThan(first.losses[0]);
  run.dispose();
  expect(tf.memory().numTensors).toBeLessThan(before);
}, 120_000);
