/**
 * Runs one flow-matching training in chapter 6's worker while `running` is true: short bursts of iterations
 * (at most ~150 ms each, so a pause answers quickly), their losses appended, and the weights fetched about
 * once a second for the picture. A new `key` (new data, restart) starts from fresh seeded weights.
 */
import { useEffect, useRef, useState } from 'react';
import type { CnfWeights } from '../../nn/cnf/model';
import { initCnf } from '../../nn/cnf/model';
import { mulberry32 } from '../../math/rng';
import type { FmClient } from '../flowMatchingLab/protocol';

/** The network of chapter 5's trainer and of the shipped models: 2→32→32→2 tanh, t fed to every layer. */
export const FM_DIMS = [2, 32, 32, 2];
export const FM_BATCH = 256;
export const FM_LR = 3e-3;

export interface TrainingView {
  losses: number[];
  weights: CnfWeights | null;
  error: string | null;
}

export function useTrainingLoop(client: FmClient | null, running: boolean, key: string, data: Float32Array, seed: number): TrainingView {
  const [view, setView] = useState<TrainingView>({ losses: [], weights: null, error: null });
  const created = useRef<string | null>(null);
  useEffect(() => {
    setView({ losses: [], weights: null, error: null });
    created.current = null;
  }, [key]);
  useEffect(() => {
    if (!client || !running) return;
    let alive = true;
    (async () => {
      if (created.current !== key) {
        await client.create(0, { kind: 'fm', init: initCnf(FM_DIMS, mulberry32(seed), 1), data, lr: FM_LR, batch: FM_BATCH, seed: seed + 1 });
        created.current = key;
      }
      let last = 0;
      while (alive) {
        const r = await client.train(0, 50, 150);
        if (!alive) break;
        setView((v) => ({ ...v, losses: [...v.losses, ...r.losses] }));
        if (performance.now() - last > 1000) {
          last = performance.now();
          const w = await client.weights(0);
          if (alive) setView((v) => ({ ...v, weights: w }));
        }
      }
    })().catch((e: unknown) => alive && setView((v) => ({ ...v, error: e instanceof Error ? e.message : String(e) })));
    return () => {
      alive = false;
    };
  }, [client, running, key, data, seed]);
  return view;
}

/** Mean of the last `k` values (the CFM loss of one batch is noisy). */
export function recentMean(xs: number[], k = 20): number {
  const tail = xs.slice(-k);
  return tail.reduce((a, b) => a + b, 0) / Math.max(1, tail.length);
}
