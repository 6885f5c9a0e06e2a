/**
 * The comparison's training, off the main thread in the page's tfjs worker (a `TfHandler`): each connection
 * owns the four networks and runs one iteration (or one test-error evaluation) per request, so an ODE-Net
 * iteration of 50–150 ms never blocks the page. tfjs runs on the worker's backend (wasm; cpu if wasm fails).
 *
 * Protocol: the page posts { id, type: 'init', seed } | { id, type: 'step', kind } | { id, type: 'test', kind };
 * the handler answers { id, result } or { id, error }.
 */
import { loadDigits, type DigitSplit } from './digits';
import { NET_KINDS, type NetKind } from './digitNets';
import { createDigitRun, type DigitRun } from './digitRun';
import { rpcHandler } from '../rpcHandler';

type Request = { id: number; type: 'init' | 'step' | 'test'; seed?: number; kind?: NetKind };

export const comparisonHandler = rpcHandler<Request>((_tf, backend) => {
  /** This connection's one training session (one connection per widget, so this is per-widget state). */
  const state: { split: DigitSplit | null; runs: Partial<Record<NetKind, DigitRun>>; backend: string } = { split: null, runs: {}, backend: backend.name };

  async function init(seed: number) {
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

  return {
    async handle(msg: Request) {
      const result = await (msg.type === 'init' ? init(msg.seed ?? 1) : msg.type === 'step' ? run(msg.kind!).step() : run(msg.kind!).testError(state.split!.test));
      return { result };
    },
    close() {
      Object.values(state.runs).forEach((r) => r?.dispose());
      state.runs = {};
    },
  };
});
