/**
 * Where chapter 2's small models train: a module worker when one starts (training never blocks the page),
 * else the page's own tfjs backend, chosen by ensureTfBackend. Shared by the plane warp and the crossing demo.
 */
import { useEffect, useState, type ReactNode } from 'react';
import type { CrossKind, CrossModel } from '../../nn/classify/crossing';
import type { Points2D } from '../../nn/classify/toy2d';
import type { WarpKind, WarpModel } from '../../nn/classify/warp';
import { TfStatus } from '../common/TfStatus';
import { useStrings } from '../common/i18n';
import { commonStrings } from '../common/strings';
import { useTfBackend } from '../../runtime/useTfBackend';
import { startModelWorker } from './remoteModels';

export interface ModelEngine {
  warp(kind: WarpKind, data: Points2D, seed: number): Promise<WarpModel>;
  cross(kind: CrossKind, seed: number): Promise<CrossModel>;
}

export function useModelEngine(active: boolean): { engine: ModelEngine | null; status: ReactNode } {
  const t = useStrings(commonStrings);
  const [engine, setEngine] = useState<ModelEngine | null>(null);
  const [workerBackend, setWorkerBackend] = useState<string | null>(null);
  const [workerFailed, setWorkerFailed] = useState(false);
  const { info, error } = useTfBackend(active && workerFailed);

  useEffect(() => {
    if (!active) return;
    let live = true;
    let stop: (() => void) | null = null;
    startModelWorker().then(
      (w) => {
        stop = w.terminate;
        if (!live) return w.terminate();
        setWorkerBackend(w.backend);
        setEngine({ warp: w.warp, cross: w.cross });
      },
      () => live && setWorkerFailed(true),
    );
    return () => {
      live = false;
      stop?.();
    };
  }, [active]);

  useEffect(() => {
    if (!info || !workerFailed) return;
    let live = true;
    Promise.all([import('../../nn/classify/warp'), import('../../nn/classify/crossing')]).then(([w, c]) => {
      if (live) setEngine({ warp: async (k, d, s) => w.createWarpModel(k, d, s), cross: async (k, s) => c.createCrossModel(k, s) });
    });
    return () => {
      live = false;
    };
  }, [info, workerFailed]);

  const status = workerBackend ? (
    <span>
      {t.workerBefore}
      <strong>{workerBackend}</strong>
      {t.workerAfter}
    </span>
  ) : workerFailed ? (
    <TfStatus info={info} error={error} />
  ) : (
    <span aria-busy="true">{t.tfStarting}</span>
  );
  return { engine, status };
}
