/**
 * Trains two copies of one network in chapter 6's worker, from the same seeded weights on the same data:
 * by maximum likelihood through the solver (chapter 5) and by flow matching. They take turns of equal wall
 * time (whichever is behind goes next, for at least TURN_MS), so the curves compare like with like. After every EVAL_EVERY_MS of a model's own
 * training time, its held-out NLL is measured by the same exact-trace dopri5 solve for both (not counted in
 * its training time), and its samples and dopri5 evaluations per sample are refreshed.
 */
import { useEffect, useRef, useState } from 'react';
import { initCnf, type CnfWeights } from '../../nn/cnf/model';
import { mulberry32 } from '../../math/rng';
import type { SampledPaths } from '../../nn/flowMatching/sample';
import type { FmClient } from '../flowMatchingLab/protocol';

export const RACE = { dims: [2, 32, 32, 2], batch: 128, lr: 3e-3, mlSteps: 8, turnMs: 250, evalEveryMs: 2000, nllTol: 1e-5, sampleTol: 1e-3, samples: 96 };
export type Kind = 'ml' | 'fm';
export const KINDS: Kind[] = ['ml', 'fm'];

export interface Side {
  iters: number;
  ms: number;
  curve: { s: number; nll: number }[];
  paths: SampledPaths | null;
  evalNfe: number | null;
}

const fresh = (): Record<Kind, Side> => ({
  ml: { iters: 0, ms: 0, curve: [], paths: null, evalNfe: null },
  fm: { iters: 0, ms: 0, curve: [], paths: null, evalNfe: null },
});

export function useRace(client: FmClient | null, running: boolean, key: string, data: Float32Array, heldOut: Float32Array, seed: number) {
  const [sides, setSides] = useState(fresh);
  const [error, setError] = useState<string | null>(null);
  const created = useRef<string | null>(null);
  const sidesRef = useRef(sides);
  sidesRef.current = sides;
  useEffect(() => {
    setSides(fresh());
    setError(null);
    created.current = null;
  }, [key]);

  const measure = async (c: FmClient, w: CnfWeights, s: number) => {
    const [ev, paths] = await Promise.all([c.nll(w, heldOut, { rtol: RACE.nllTol, atol: RACE.nllTol }), c.paths(w, RACE.samples, seed + 17, { rtol: RACE.sampleTol, atol: RACE.sampleTol })]);
    return { ev, paths, s };
  };

  useEffect(() => {
    if (!client || !running) return;
    let alive = true;
    (async () => {
      if (created.current !== key) {
        const init = initCnf(RACE.dims, mulberry32(seed), 1);
        await client.create(2, { kind: 'ml', init, data, lr: RACE.lr, batch: RACE.batch, seed: seed + 1, mlSteps: RACE.mlSteps });
        await client.create(3, { kind: 'fm', init, data, lr: RACE.lr, batch: RACE.batch, seed: seed + 1 });
        created.current = key;
        // Both start from the same weights, so one measurement serves both at time 0.
        const m = await measure(client, init, 0);
        if (!alive) return;
        setSides((v) => ({
          ml: { ...v.ml, curve: [{ s: 0, nll: m.ev.nll }], paths: m.paths, evalNfe: m.ev.meanNfe },
          fm: { ...v.fm, curve: [{ s: 0, nll: m.ev.nll }], paths: m.paths, evalNfe: m.ev.meanNfe },
        }));
      }
      const lastEval: Record<Kind, number> = { ml: sidesRef.current.ml.ms, fm: sidesRef.current.fm.ms };
      while (alive) {
        // The model that has had less training time goes next, for at least TURN_MS and until it has caught up:
        // one maximum-likelihood iteration can outlast a whole turn, so fixed turns would not be fair.
        const { ml, fm } = sidesRef.current;
        const kind: Kind = ml.ms <= fm.ms ? 'ml' : 'fm';
        const other = kind === 'ml' ? fm : ml;
        const r = await client.train(kind === 'ml' ? 2 : 3, 100000, Math.max(RACE.turnMs, other.ms - sidesRef.current[kind].ms));
        if (!alive) return;
        const ms = sidesRef.current[kind].ms + r.ms;
        setSides((v) => ({ ...v, [kind]: { ...v[kind], iters: v[kind].iters + r.losses.length, ms: v[kind].ms + r.ms } }));
        sidesRef.current = { ...sidesRef.current, [kind]: { ...sidesRef.current[kind], iters: sidesRef.current[kind].iters + r.losses.length, ms } };
        if (ms - lastEval[kind] >= RACE.evalEveryMs) {
          lastEval[kind] = ms;
          const w = await client.weights(kind === 'ml' ? 2 : 3);
          const m = await measure(client, w, ms / 1000);
          if (!alive) return;
          setSides((v) => ({ ...v, [kind]: { ...v[kind], curve: [...v[kind].curve, { s: m.s, nll: m.ev.nll }], paths: m.paths, evalNfe: m.ev.meanNfe } }));
        }
      }
    })().catch((e: unknown) => alive && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      alive = false;
    };
  }, [client, running, key, data, heldOut, seed]); // eslint-disable-line react-hooks/exhaustive-deps
  return { sides, error };
}
