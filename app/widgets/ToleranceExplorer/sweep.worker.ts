/**
 * Runs the tolerance sweep off the main thread. Message in: { params: number[], method, tolerances }.
 * Messages out: { kind: 'reference', nfe } once, then { kind: 'point', point } per tolerance, then
 * { kind: 'done' }, or { kind: 'error', message }. A new job is a new worker (the widget terminates the old).
 */
import type { ExplorerMethod } from '../../state/toleranceExplorer';
import { measure, referenceSolve } from './sweep';

export type SweepRequest = { params: number[]; method: ExplorerMethod; tolerances: number[] };
export type SweepMessage =
  | { kind: 'reference'; nfe: number }
  | { kind: 'point'; point: import('./sweep').SweepPoint }
  | { kind: 'done' }
  | { kind: 'error'; message: string };

const post = (m: SweepMessage) => (self as unknown as { postMessage(m: SweepMessage): void }).postMessage(m);

self.onmessage = (e: MessageEvent<SweepRequest>) => {
  try {
    const params = Float64Array.from(e.data.params);
    const ref = referenceSolve(params);
    post({ kind: 'reference', nfe: ref.nfe });
    for (const k of e.data.tolerances) post({ kind: 'point', point: measure(params, ref, e.data.method, k) });
    post({ kind: 'done' });
  } catch (err) {
    post({ kind: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
