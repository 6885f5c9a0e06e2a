import { useEffect, useState } from 'react';
import type { GradMode, MemoryMeasurement } from '../../nn/adjointDemo/memoryRun';
import { useTfWorker, type TfWorkerError } from './useTfWorker';

const MODES: GradMode[] = ['backprop', 'adjoint'];
/** Network and seed of every measurement (memoryRun's MEMORY_DEFAULTS, repeated so this chunk has no tfjs). */
const HIDDEN = 32;
const SEED = 1;

/**
 * Measures one gradient at a time in the tfjs worker, alternating backprop and adjoint over the step counts,
 * while `active`; keeps what it measured when the reader raises the step count and starts over when `batch`
 * (or `run`) changes. The page never waits on tfjs: the worker posts each result back. The worker itself
 * starts once `onScreen`, before any measuring (which may wait for the reader's Measure), so the status line
 * names the backend instead of saying "Starting tfjs…" for as long as the reader has not pressed anything.
 */
export function useMeasurements(steps: number[], batch: number, onScreen: boolean, active: boolean, run: number) {
  const { worker, backend, error: workerError } = useTfWorker(onScreen || active);
  const key = `${batch}|${run}`;
  const [state, setState] = useState<{ key: string; list: MemoryMeasurement[]; error: TfWorkerError | null }>({ key, list: [], error: null });
  const list = state.key === key ? state.list : [];
  let next: { n: number; mode: GradMode } | null = null;
  for (const n of steps) for (const mode of MODES) if (!next && !list.some((m) => m.steps === n && m.mode === mode)) next = { n, mode };
  const nextN = next?.n;
  const nextMode = next?.mode;
  const warm = list.length === 0;
  useEffect(() => {
    if (!active || !worker || nextN === undefined || nextMode === undefined) return;
    let live = true;
    (async () => {
      try {
        // Warm-up (kernels compiled, buffers allocated), not shown.
        if (warm) await worker.call({ kind: 'memory', mode: 'adjoint', setup: { steps: 2, batch, hidden: HIDDEN, seed: SEED } });
        const r = await worker.call({ kind: 'memory', mode: nextMode, setup: { steps: nextN, batch, hidden: HIDDEN, seed: SEED } });
        if (live) setState((s) => (s.key === key ? { ...s, list: [...s.list, r] } : { key, list: [r], error: null }));
      } catch (e) {
        if (live) setState({ key, list, error: { kind: 'failed', detail: e instanceof Error ? e.message : String(e) } });
      }
    })();
    return () => {
      live = false;
    };
  }, [active, worker, nextN, nextMode, key, batch, warm]); // eslint-disable-line react-hooks/exhaustive-deps
  return { backend, error: workerError ?? (state.key === key ? state.error : null), list, pending: next !== null };
}
