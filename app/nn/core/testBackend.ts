/**
 * Test set-up for the tensor engine under Node (Vitest): the wasm backend, 8–10× faster than cpu here
 * (STACK.md). `PROD` silences tfjs's Node banner and warnings. We do not set `IS_TEST`: it turns on a per-kernel
 * leak check that throws on tfjs-wasm's Identity kernel (which copies) whenever `tf.customGrad` saves a
 * tensor, i.e. on every `odeintAdjoint` under a gradient tape. Leaks are tested directly instead, with
 * `tf.memory().numTensors` before and after each call.
 */
import '@tensorflow/tfjs-backend-wasm';
import '@tensorflow/tfjs-backend-cpu';
import { tf } from './tf.ts';

export async function useTestBackend(name: 'wasm' | 'cpu' = 'wasm'): Promise<typeof tf> {
  tf.env().set('PROD', true);
  if (tf.getBackend() !== name) {
    const ok = await tf.setBackend(name);
    if (!ok) throw new Error(`tfjs backend ${name} did not start`);
  }
  await tf.ready();
  return tf;
}
