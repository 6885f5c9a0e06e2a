/**
 * The density flow's tfjs work in the page's tfjs worker (a `TfHandler`, ../workerHandler.ts): the checked
 * fallback's frames (`runTfjs`) and the check of the fused program's last frame (`checkLastFrame`), so the
 * chapter's page loads no tfjs of its own. One job at a time per connection; a new job or `cancel` stops the
 * one running.
 */
import type { TfHandler } from '../workerHandler';
import { checkLastFrame, runTfjs, type FlowResult } from './densityEngine';
import type { FromDensity, ToDensity } from './densityProtocol';

export const densityFlowHandler: TfHandler<ToDensity, FromDensity> = {
  create(tf, backend, post) {
    post({ kind: 'ready', backend: backend.name, reason: backend.reason });
    let current = 0;
    const cancel = (job: number) => ({ cancelled: () => job !== current });
    const fail = (job: number) => (err: unknown) => post({ kind: 'error', job, message: err instanceof Error ? err.message : String(err) });
    return {
      onMessage(m) {
        current = m.kind === 'cancel' ? -1 : m.job;
        if (m.kind === 'frames') {
          const sent = { logp: new Set<number>(), particles: new Set<number>() };
          const progress = (done: number, _total: number, res: FlowResult) => {
            res.particles.forEach((s, k) => {
              if (s && !sent.particles.has(k)) {
                sent.particles.add(k);
                post({ kind: 'particles', job: m.job, k, states: s, done });
              }
            });
            res.logp.forEach((lp, k) => {
              if (lp && !sent.logp.has(k)) {
                sent.logp.add(k);
                post({ kind: 'logp', job: m.job, k, logp: lp, ms: res.frameMs[k] ?? 0, done });
              }
            });
          };
          runTfjs(tf, m.weights, m.grid, m.frames, m.particles0, m.chunk, cancel(m.job), progress)
            .then(() => m.job === current && post({ kind: 'finished', job: m.job }))
            .catch(fail(m.job));
        } else if (m.kind === 'check') {
          const res = { grid: m.grid, frames: m.frames, logp: Array.from({ length: m.frames + 1 }, (_, k) => (k === m.frames ? m.lastFrame : null)), particles: [], frameMs: [] };
          checkLastFrame(tf, m.weights, m.grid, res, m.frames, m.stride, cancel(m.job))
            .then((r) => r && post({ kind: 'check', job: m.job, ...r }))
            .catch(fail(m.job));
        }
      },
      close() {
        current = -1;
      },
    };
  },
};
