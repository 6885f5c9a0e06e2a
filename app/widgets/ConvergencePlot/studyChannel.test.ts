/**
 * The channel in Node, where there are no workers: a fake Worker runs the real solve.worker.ts (its `self`
 * stubbed) behind structured clones, so the test covers the worker's dispatch, the rpc envelope, the fall-back
 * to the main thread when the worker fails or is missing, and aborting.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { answerConvergence, type ConvergenceRequest } from './convergenceRequest';
import { openStudyChannel } from './studyChannel';

/** The worker's global scope; what it posts goes to `reply`, pointed at the fake worker whose message it is handling. */
const scope = {
  onmessage: null as ((e: { data: unknown }) => void) | null,
  reply: (_m: unknown) => {},
  postMessage: (m: unknown) => scope.reply(m),
};
const started: FakeWorker[] = [];

class FakeWorker extends EventTarget {
  static fails = false;
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onerror: ((e: unknown) => void) | null = null;
  terminated = false;
  constructor() {
    super();
    started.push(this);
  }
  postMessage(m: unknown) {
    setTimeout(() => {
      if (this.terminated) return;
      if (FakeWorker.fails) {
        const e = Object.assign(new Event('error', { cancelable: true }), { message: '' });
        this.dispatchEvent(e);
        this.onerror?.(e);
        return;
      }
      scope.reply = (r) => this.deliver(r);
      scope.onmessage!({ data: structuredClone(m) });
    });
  }
  deliver(m: unknown) {
    if (!this.terminated) this.onmessage?.({ data: structuredClone(m) });
  }
  terminate() {
    this.terminated = true;
  }
}

const req = (method: ConvergenceRequest['method']): ConvergenceRequest => ({ kind: 'convergence', eq: 'forced', method, ref: null });
const frames = () => {
  vi.stubGlobal('requestAnimationFrame', (cb: () => void) => setTimeout(cb, 0));
  vi.stubGlobal('cancelAnimationFrame', (id: ReturnType<typeof setTimeout>) => clearTimeout(id));
};

beforeAll(async () => {
  vi.stubGlobal('self', scope);
  await import('../OdePlayground/solve.worker');
  vi.unstubAllGlobals();
});

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.fails = false;
  started.length = 0;
});

describe('the convergence study channel', () => {
  it('answers through the solve worker as answerConvergence does', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const c = openStudyChannel();
    const a = await c.solve(req('midpoint'), new AbortController().signal);
    expect(a).toEqual(answerConvergence(req('midpoint')));
    expect(started).toHaveLength(1);
    c.close();
    expect(started[0].terminated).toBe(true);
  });

  it('answers on the main thread, a frame later, where there is no Worker', async () => {
    vi.stubGlobal('Worker', undefined);
    frames();
    const c = openStudyChannel();
    expect(await c.solve(req('rk4'), new AbortController().signal)).toEqual(answerConvergence(req('rk4')));
  });

  it('moves to the main thread when the worker fails, for the pending request and the next ones', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    frames();
    FakeWorker.fails = true;
    const c = openStudyChannel();
    expect(await c.solve(req('euler'), new AbortController().signal)).toEqual(answerConvergence(req('euler')));
    expect(started[0].terminated).toBe(true);
    expect(await c.solve(req('rk4'), new AbortController().signal)).toEqual(answerConvergence(req('rk4')));
    expect(started).toHaveLength(1);
  });

  it('an aborted request rejects with the abort, on either path', async () => {
    for (const worker of [FakeWorker, undefined]) {
      vi.stubGlobal('Worker', worker);
      frames();
      const c = openStudyChannel();
      const abort = new AbortController();
      const p = c.solve(req('dopri5'), abort.signal);
      abort.abort(new Error('stale'));
      await expect(p).rejects.toThrow('stale');
      c.close();
    }
  });
});
