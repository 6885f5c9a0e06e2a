/**
 * The spiral trainer's worker: it owns the SpiralSession and trains in slices of ~25 ms, posting what changed
 * after each slice, so the page's main thread only draws (nothing long ever runs there). Between slices it
 * yields to its message queue (setTimeout 0), so Pause and setting changes take effect at once.
 */
import { OdeError } from '../../solver/types';
import { groundTruth } from '../../nn/spiral/problem';
import { DEFAULT_SETTINGS, type TrainSettings } from '../../nn/spiral/trainer';
import type { FromWorker, RunUpdate, ToWorker } from './protocol';
import { SpiralSession } from './session';

const SLICE_MS = 25;
const post = (m: FromWorker) => (self as unknown as { postMessage(m: FromWorker): void }).postMessage(m);

/** Everything lives in this closure, created once per worker. */
function main(): void {
  const truth = groundTruth();
  const state = {
    session: null as SpiralSession | null,
    settings: DEFAULT_SETTINGS as TrainSettings,
    playing: false,
    stopAt: Infinity,
    /** History length already sent, so updates carry only what is new. */
    sent: { loss: 0, tests: 0, fresh: true, predictionOf: -1 },
    timer: 0 as ReturnType<typeof setTimeout> | 0,
    checkpoint: undefined as RunUpdate['checkpoint'],
  };

  function update(reachedStop = false): void {
    const s = state.session;
    if (!s) return;
    const from = state.sent.fresh ? 0 : state.sent.loss;
    const testsFrom = state.sent.fresh ? 0 : state.sent.tests;
    const lastTest = s.tests.length ? s.tests[s.tests.length - 1].iteration : -1;
    const newPrediction = state.sent.fresh || lastTest !== state.sent.predictionOf;
    post({
      type: 'update',
      fresh: state.sent.fresh,
      seed: s.seed,
      iteration: s.iteration,
      loss: s.loss.slice(from),
      ema: s.ema.slice(from),
      nfeForward: s.nfeForward.slice(from),
      nfeBackward: s.nfeBackward.slice(from),
      tests: s.tests.slice(testsFrom),
      prediction: newPrediction ? { y: s.prediction.y, loss: s.prediction.loss, nfe: s.prediction.nfe } : undefined,
      params: Float64Array.from(s.run.params),
      msPerIteration: s.msPerIteration,
      lastMode: s.lastMode,
      playing: state.playing,
      reachedStop,
      checkpoint: state.sent.fresh ? state.checkpoint : undefined,
    });
    state.sent = { loss: s.loss.length, tests: s.tests.length, fresh: false, predictionOf: lastTest };
  }

  function fail(e: unknown): void {
    state.playing = false;
    const it = (state.session?.iteration ?? 0) + 1;
    if (e instanceof OdeError) post({ type: 'error', kind: 'solver', iteration: it, message: e.message, code: e.code, t: e.t });
    else post({ type: 'error', kind: 'other', iteration: it, message: e instanceof Error ? e.message : String(e) });
    update();
  }

  function loop(): void {
    state.timer = 0;
    const s = state.session;
    if (!state.playing || !s) return;
    try {
      s.advance(state.settings, SLICE_MS, state.stopAt);
    } catch (e) {
      fail(e);
      return;
    }
    const reachedStop = s.iteration >= state.stopAt;
    if (reachedStop) state.playing = false;
    update(reachedStop);
    if (state.playing) state.timer = setTimeout(loop, 0);
  }

  function start(session: SpiralSession, checkpoint?: RunUpdate['checkpoint']): void {
    state.session = session;
    state.checkpoint = checkpoint;
    state.sent = { loss: 0, tests: 0, fresh: true, predictionOf: -1 };
    update();
  }

  self.onmessage = (e: MessageEvent<ToWorker>) => {
    const m = e.data;
    switch (m.type) {
      case 'scratch':
        state.playing = false;
        start(new SpiralSession(truth, m.seed, { kind: 'scratch' }));
        break;
      case 'checkpoint':
        state.playing = false;
        try {
          const s = SpiralSession.fromCheckpointJson(truth, m.json);
          const c = s.origin.kind === 'checkpoint' ? s.origin.checkpoint : null;
          start(s, c ? { iteration: c.state.iteration, trainedIterations: c.trainedIterations, seed: c.seed, mode: c.mode } : undefined);
        } catch (err) {
          post({ type: 'error', kind: 'checkpoint', iteration: 0, message: err instanceof Error ? err.message : String(err) });
        }
        break;
      case 'settings':
        state.settings = m.settings;
        break;
      case 'play':
        state.playing = true;
        state.stopAt = m.stopAt;
        if (!state.timer) state.timer = setTimeout(loop, 0);
        break;
      case 'pause':
        state.playing = false;
        update();
        break;
      case 'step':
        state.playing = false;
        try {
          state.session?.stepOnce(state.settings);
          update();
        } catch (err) {
          fail(err);
        }
        break;
    }
  };
}

main();
