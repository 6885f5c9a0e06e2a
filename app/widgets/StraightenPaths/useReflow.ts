/**
 * The reflow experiment in chapter 6's worker: from a trained flow ("before"), pairs of noise and the
 * flow's samples, then a new flow trained on those pairs starting from the old weights (Liu et al. 2023 §2),
 * in bursts so progress shows and a change of set cancels it.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CnfWeights } from '../../nn/cnf/model';
import type { FmClient } from '../flowMatchingLab/protocol';

/** Reflow settings shown in the caption: pairs, their dopri5 tolerance, batch and Adam's rate. */
export const REFLOW = { pairs: 2048, pairTol: 1e-5, batch: 256, lr: 1e-3 };

export interface ReflowState {
  phase: 'idle' | 'pairs' | 'training' | 'done';
  done: number;
  weights: CnfWeights | null;
  error: string | null;
}

export function useReflow(client: FmClient | null, before: CnfWeights | null, iters: number, seed: number, resetKey: string) {
  const [state, setState] = useState<ReflowState>({ phase: 'idle', done: 0, weights: null, error: null });
  const token = useRef(0);
  useEffect(() => {
    token.current++;
    setState({ phase: 'idle', done: 0, weights: null, error: null });
  }, [resetKey, before]);
  useEffect(
    () => () => {
      token.current++;
    },
    [],
  );
  const start = useCallback(async () => {
    if (!client || !before) return;
    const my = ++token.current;
    const live = () => token.current === my;
    try {
      setState({ phase: 'pairs', done: 0, weights: null, error: null });
      const pairs = await client.pairs(before, REFLOW.pairs, seed + 5, { rtol: REFLOW.pairTol, atol: REFLOW.pairTol });
      if (!live()) return;
      await client.create(1, { kind: 'fm', init: before, data: pairs.x1, pairsX0: pairs.x0, lr: REFLOW.lr, batch: REFLOW.batch, seed: seed + 6 });
      let done = 0;
      while (done < iters) {
        const r = await client.train(1, iters - done, 200);
        if (!live()) return;
        done += r.losses.length;
        setState((s) => ({ ...s, phase: 'training', done }));
      }
      const w = await client.weights(1);
      if (live()) setState({ phase: 'done', done, weights: w, error: null });
    } catch (e) {
      if (live()) setState((s) => ({ ...s, phase: 'idle', error: e instanceof Error ? e.message : String(e) }));
    }
  }, [client, before, iters, seed]);
  const adopt = useCallback((w: CnfWeights) => {
    token.current++;
    setState({ phase: 'done', done: 0, weights: w, error: null });
  }, []);
  return { state, start, adopt };
}
