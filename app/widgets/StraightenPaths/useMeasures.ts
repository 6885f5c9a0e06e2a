/**
 * What the straighten-paths figure measures of one flow, in chapter 6's worker: paths of seeded noise
 * samples with dopri5's evaluations per sample and their straightness, and Euler samples with 1, 2, 4 and 8
 * steps scored by their energy distance to the data.
 */
import { useEffect, useState } from 'react';
import type { CnfWeights } from '../../nn/cnf/model';
import type { SampledPaths } from '../../nn/flowMatching/sample';
import type { FmClient } from '../flowMatchingLab/protocol';

export const EULER_STEPS = [1, 2, 4, 8];
export const N_PATHS = 96;
export const N_EULER = 512;

export interface Measures {
  paths: SampledPaths;
  euler: { steps: number; energy: number }[];
  /** Energy distance of dopri5's samples (same noise) at the figure's tolerance. */
  dopri5: number;
}

export function useMeasures(client: FmClient | null, w: CnfWeights | null, tol: number, seed: number, ref: Float32Array): { m: Measures | null; error: string | null } {
  const [state, setState] = useState<{ m: Measures | null; error: string | null }>({ m: null, error: null });
  useEffect(() => {
    setState({ m: null, error: null });
    if (!client || !w) return;
    let alive = true;
    Promise.all([client.paths(w, N_PATHS, seed + 17, { rtol: tol, atol: tol }), client.euler(w, N_EULER, seed + 23, EULER_STEPS, ref, { rtol: tol, atol: tol })]).then(
      ([paths, q]) => alive && setState({ m: { paths, euler: q.euler, dopri5: q.dopri5 }, error: null }),
      (e: unknown) => alive && setState({ m: null, error: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      alive = false;
    };
  }, [client, w, tol, seed, ref]);
  return state;
}
