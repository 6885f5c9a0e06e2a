/**
 * Owns the trainer's worker for one widget instance: starts it when the widget is first on screen, sends
 * `start` whenever the configuration changes, pauses it off screen or on request, and keeps the reported
 * history in a ref-backed state (curves grow every iteration; they are not user inputs, so not in the store).
 */
import { useEffect, useRef, useState } from 'react';
import type { HutchinsonStats } from '../../nn/cnf/hutchinson';
import type { FromWorker, ToWorker, TrainConfig } from '../../nn/cnf/trainerProtocol';
import { openTfPort, type TfPort } from '../../runtime/tfWorker/pagePort';

/**
 * Why training stopped, for the widget to say in the reader's language: the worker did not start, the
 * worker itself failed (with the browser's message, if any), or training threw (the worker's message).
 */
export type TrainerError = { kind: 'start'; detail: string } | { kind: 'worker'; detail: string } | { kind: 'training'; detail: string };

export interface TrainerView {
  backend: string | null;
  reason: string;
  error: TrainerError | null;
  iter: number;
  losses: number[];
  evals: { iter: number; nll: number }[];
  hutch: HutchinsonStats | null;
  density: { iter: number; size: number; extent: number; logp: Float32Array } | null;
  nfe: number;
  msPerIter: number;
}

const empty = (): TrainerView => ({ backend: null, reason: '', error: null, iter: 0, losses: [], evals: [], hutch: null, density: null, nfe: 0, msPerIter: 0 });

export function useTrainerWorker(active: boolean, running: boolean, config: TrainConfig | null): TrainerView {
  const workerRef = useRef<TfPort | null>(null);
  const [view, setView] = useState<TrainerView>(empty);
  useEffect(() => {
    if (!active) return;
    let w: TfPort;
    try {
      w = openTfPort('cnfTrainer');
    } catch (e) {
      setView((v) => ({ ...v, error: { kind: 'start', detail: e instanceof Error ? e.message : String(e) } }));
      return;
    }
    workerRef.current = w;
    w.onmessage = (e: MessageEvent<FromWorker>) => {
      const m = e.data;
      setView((v) => {
        switch (m.kind) {
          case 'ready':
            return { ...v, backend: m.backend, reason: m.reason };
          case 'error':
            return { ...v, error: { kind: 'training', detail: m.message } };
          case 'iter':
            return { ...v, iter: m.iter, losses: [...v.losses, m.loss], nfe: m.nfe, msPerIter: v.msPerIter === 0 ? m.ms : 0.9 * v.msPerIter + 0.1 * m.ms };
          case 'eval':
            return { ...v, evals: [...v.evals, { iter: m.iter, nll: m.nll }], hutch: m.hutch };
          case 'density':
            return { ...v, density: m };
        }
      });
    };
    w.onerror = (e) => {
      setView((v) => ({ ...v, error: { kind: 'worker', detail: e.message } }));
    };
    return () => {
      w.terminate();
      workerRef.current = null;
    };
  }, [active]);

  useEffect(() => {
    const w = workerRef.current;
    if (!w || !config) return;
    setView((v) => ({ ...empty(), backend: v.backend, reason: v.reason }));
    const msg: ToWorker = { kind: 'start', config: { ...config, data: config.data.slice() } };
    w.postMessage(msg);
  }, [config, active]);

  useEffect(() => {
    workerRef.current?.postMessage({ kind: running ? 'resume' : 'pause' } satisfies ToWorker);
  }, [running, config, active]);
  return view;
}
