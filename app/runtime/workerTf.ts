/**
 * tfjs inside a module Web Worker, for widgets whose tensor work would block the page for longer than a
 * frame (training, gradients through hundreds of solver steps). The worker gets a leaner tfjs than the
 * page (`workerTfLoad.ts`: tfjs-core, the cpu and wasm backends, the wasm binaries' built addresses; no
 * webgl) plus the gradients that `app/nn` registers. Import only from worker entry files.
 *
 * A worker has no DOM canvas to probe, and on the CPU renderers this site meets wasm is the fastest backend
 * anyway (STACK.md), so workers start wasm, and cpu if wasm does not start.
 */
import './workerTfLoad';
import { tf } from '../nn/core/tf';

export { tf };

export interface WorkerBackend {
  name: 'wasm' | 'cpu';
  /** One sentence for the widget's status line. */
  reason: string;
}

/** Starts wasm (cpu if wasm fails); idempotent. */
export async function startWorkerTf(): Promise<WorkerBackend> {
  const current = tf.getBackend();
  if (current === 'wasm' || current === 'cpu') return describe(current);
  for (const name of ['wasm', 'cpu'] as const) {
    try {
      if (await tf.setBackend(name)) {
        await tf.ready();
        return describe(name);
      }
    } catch {
      // try the next one
    }
  }
  throw new Error('neither the wasm nor the cpu backend of tfjs started in the worker');
}

function describe(name: 'wasm' | 'cpu'): WorkerBackend {
  return {
    name,
    reason: name === 'wasm' ? 'wasm in a Web Worker, so the page stays responsive.' : 'plain JavaScript in a Web Worker: WebAssembly did not start here.',
  };
}
