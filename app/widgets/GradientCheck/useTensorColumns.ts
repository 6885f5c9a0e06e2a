import { useEffect, useState } from 'react';
import type { TensorGradient } from '../../nn/adjointDemo/tensorGradients';
import { useTfWorker, type TfWorkerError } from '../MemoryMeter/useTfWorker';

type Backprop = TensorGradient & { key: string };
type Adjoint = TensorGradient & { key: string; rtolUsed: number };

/**
 * The tfjs columns of the gradient check, computed in chapter 4's tfjs worker (tfjs is loaded there, lazily,
 * once the widget is on screen): backprop when the field changes, the adjoint when the field or the
 * backward tolerance changes. One request at a time.
 */
export function useTensorColumns(damping: number, T: number, btol: number, active: boolean) {
  const { worker, backend, error: workerError } = useTfWorker(active);
  const [backprop, setBackprop] = useState<Backprop | null>(null);
  const [adjoint, setAdjoint] = useState<Adjoint | null>(null);
  const [error, setError] = useState<TfWorkerError | null>(null);
  const bKey = `${damping}|${T}`;
  const aKey = `${damping}|${T}|${btol}`;
  const haveB = backprop?.key === bKey;
  const haveA = adjoint?.key === aKey;
  useEffect(() => {
    if (!worker || (haveB && haveA)) return;
    let live = true;
    (async () => {
      try {
        if (!haveB) {
          const r = await worker.call({ kind: 'backprop', damping, T });
          if (live) setBackprop({ ...r, key: bKey });
        } else {
          const r = await worker.call({ kind: 'adjoint', damping, T, btolExp: btol });
          if (live) setAdjoint({ ...r, key: aKey });
        }
        if (live) setError(null);
      } catch (e) {
        if (live) setError({ kind: 'failed', detail: e instanceof Error ? e.message : String(e) });
      }
    })();
    return () => {
      live = false;
    };
  }, [worker, haveB, haveA, damping, T, btol, bKey, aKey]);
  return { backend, tfError: workerError ?? error, backprop: haveB ? backprop : null, adjoint: haveA ? adjoint : null };
}
