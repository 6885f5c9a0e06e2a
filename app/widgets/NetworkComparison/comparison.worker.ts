/**
 * The comparison's training, off the main thread: a module worker that owns the four networks and runs one
 * iteration (or one test-error evaluation) per request, so an ODE-Net iteration of 50–150 ms never blocks
 * the page. tfjs runs here on its wasm backend (the CPU path; cpu if wasm fails), loaded only in this worker.
 *
 * Protocol: the page posts { id, type: 'init', seed } | { id, type: 'step', kind } | { id, type: 'test', kind };
 * the worker answers { id, result } or { id, error }.
 */
import '@tensorflow/tfjs-backend-cpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreadedSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import { tf } from '../../nn';
import { loadDigits, type DigitSplit } from '../../nn/classify/digits';
import { NET_KINDS, type NetKind } from '../../nn/classify/digitNets';
import { createDigitRun, type DigitRun } from '../../nn/classify/digitRun';

interface Scope {
  postMessage(message: unknown): void;
  onmessage: ((e: MessageEvent) => void) | null;
}
const scope = self as unknown as Scope;

setWasmPaths({ 'tfjs-backend-wasm.wasm': wasmPlain, 'tfjs-backend-wasm-simd.wasm': wasmSimd, 'tfjs-backend-wasm-threaded-simd.wasm': wasmThreadedSimd });
tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);

/** The worker's one training session (a worker is created per widget, so this is per-widget state). */
const state: { split: DigitSplit | null; runs: Partial<Record<NetKind, DigitRun>>; backend: string } = { split: null, runs: {}, backend: '' };

async function init(seed: number) {
  if (!state.backend) {
    state.backend = (await tf.setBackend('wasm').catch(() => false)) ? 'wasm' : (await tf.setBackend('cpu')) ? 'cpu' : '';
    if (!state.backend) throw new Error('neither the wasm nor the cpu backend of tfjs started in the worker');
    await tf.ready();
  }
  state.split ??= await loadDigits();
  Object.values(state.runs).forEach((r) => r?.dispose());
  const split = state.split;
  state.runs = Object.fromEntries(NET_KINDS.map((k) => [k, createDigitRun(k, split.train, { seed })]));
  return { backend: state.backend, params: Object.fromEntries(NET_KINDS.map((k) => [k, state.runs[k]!.net.params])) };
}

function run(kind: NetKind): DigitRun {
  const r = state.runs[kind];
  if (!r) throw new Error(`no network "${kind}": initialise first`);
  return r;
}

scope.onmessage = (e: MessageEvent) => {
  const msg = e.data as { id: number; type: 'init' | 'step' | 'test'; seed?: number; kind?: NetKind };
  const work = msg.type === 'init' ? init(msg.seed ?? 1) : msg.type === 'step' ? run(msg.kind!).step() : run(msg.kind!).testError(state.split!.test);
  work.then(
    (result) => scope.postMessage({ id: msg.id, result }),
    (err: unknown) => scope.postMessage({ id: msg.id, error: err instanceof Error ? err.message : String(err) }),
  );
};
