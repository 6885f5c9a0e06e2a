/**
 * The comparison's training, off the main thread: a module worker that owns the four networks and runs one
 * iteration (or one test-error evaluation) per request, so an ODE-Net iteration of 50–150 ms never blocks
 * the page. tfjs runs here on its wasm backend (the CPU path; cpu if wasm fails), loaded only in this worker.
 *
 * Protocol: the page posts { id, type: 'init', seed } | { id, type: 'step', kind } | { id, type: 'test', kind };
 * the worker answers { id, result } or { id, error }.
 */
import { startWorkerTf } from '../../runtime/workerTf';
import type { WorkerScope } from '../../runtime/workerRpc';
import { loadDigits, type DigitSplit } from '../../nn/classify/digits';
import { NET_KINDS, type NetKind } from '../../nn/classify/digitNets';
import { createDigitRun, type DigitRun } from '../../nn/classify/digitRun';

const scope = self as unknown as WorkerScope;


/** The worker's one training session (a worker is created per widget, so this is per-widget state). */
const state: { split: DigitSplit | null; runs: Partial<Record<NetKind, DigitRun>>; backend: string } = { split: null, runs: {}, backend: '' };

async function init(seed: number) {
  state.backend ||= (await startWorkerTf()).name;
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
