/**
 * A shipped model of the current data set, loaded once `active` (the figure has been on screen). Returns
 * the weights only while they belong to `set`, so a set change never shows the previous set's model.
 */
import { useEffect, useState } from 'react';
import type { CnfWeights } from '../../nn/cnf/model';
import { loadShipped, type ShippedKind } from './shipped';

export function useShipped(active: boolean, set: string, kind: ShippedKind): { weights: CnfWeights | null; error: string | null } {
  const [got, setGot] = useState<{ set: string; w: CnfWeights } | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!active) return;
    let alive = true;
    loadShipped(set, kind).then(
      (w) => {
        if (!alive) return;
        setGot({ set, w });
        setError(null);
      },
      (e: unknown) => alive && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      alive = false;
    };
  }, [active, set, kind]);
  return { weights: got?.set === set ? got.w : null, error };
}
