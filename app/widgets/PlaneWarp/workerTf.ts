/**
 * tfjs inside a module worker: the cpu and wasm backends with the wasm binaries' built addresses (as
 * app/runtime/tfLoad.ts does for the page). Import only from worker entry files.
 */
import '@tensorflow/tfjs-backend-cpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreadedSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import { tf } from '../../nn';

setWasmPaths({ 'tfjs-backend-wasm.wasm': wasmPlain, 'tfjs-backend-wasm-simd.wasm': wasmSimd, 'tfjs-backend-wasm-threaded-simd.wasm': wasmThreadedSimd });
// The threaded binary breaks in minified builds when the page is cross-origin isolated (STACK.md).
tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);

/** Starts wasm (cpu if wasm fails) and returns the backend's name. */
export async function startWorkerTf(): Promise<string> {
  if (tf.getBackend() === 'wasm' || tf.getBackend() === 'cpu') return tf.getBackend();
  const name = (await tf.setBackend('wasm').catch(() => false)) ? 'wasm' : (await tf.setBackend('cpu')) ? 'cpu' : '';
  if (!name) throw new Error('neither the wasm nor the cpu backend of tfjs started in the worker');
  await tf.ready();
  return name;
}

export interface WorkerScope {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  onmessage: ((e: MessageEvent) => void) | null;
}

/** A request–reply channel to a worker: `call(msg)` posts { id, ...msg } and resolves with its reply. */
export function rpc(worker: Worker) {
  let next = 0;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  worker.onmessage = (e: MessageEvent) => {
    const { id, result, error } = e.data as { id: number; result?: unknown; error?: string };
    const p = pending.get(id);
    pending.delete(id);
    if (error !== undefined) p?.reject(new Error(error));
    else p?.resolve(result);
  };
  worker.onerror = (e) => {
    pending.forEach((p) => p.reject(new Error(`the training worker failed: ${e.message || 'could not start'}`)));
    pending.clear();
  };
  return <T>(msg: Record<string, unknown>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      worker.postMessage({ id, ...msg });
    });
}
