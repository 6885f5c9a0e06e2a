import { describe, expect, it } from 'vitest';
import { odeint } from '../../solver';
import { METHODS, OdeError } from '../../solver/types';
import { PRESETS } from '../../math/problems/presets';
import { compilePreset } from '../../math/problems/compile';
import { optionsFor, solveTrajectory, type Setting } from './solve';
import { outputTimes } from './outputTimes';
import { failureText, readoutLine } from './readout';
import { odePlaygroundStrings } from './strings';
import { resolveSystem } from './system';
import { loadFormulaCompiler } from '../../math/expr';

const formulaCompiler = await loadFormulaCompiler();

function setting(id: keyof typeof PRESETS, method: Setting['method'], h = 0.25, tol = 1e-3): Setting {
  const p = PRESETS[id];
  const dim = p.kind === 'scalar' ? 1 : 2;
  return { field: compilePreset(p).field, dim, t0: p.t0, t1: p.t1, method, h, tol, y0: p.y0s.slice(0, dim), exact: p.exact };
}

describe('playground readout', () => {
  it('reports exactly what odeint returns for the same setting', () => {
    for (const id of ['power', 'forced', 'stiff', 'harmonic', 'vanderpol'] as const) {
      for (const method of METHODS) {
        const s = setting(id, method);
        const tr = solveTrajectory(s);
        // A direct call, written independently of the widget's option builder.
        const direct =
          method === 'bosh3' || method === 'dopri5'
            ? odeint(s.field, s.y0, outputTimes(s.t0, s.t1), { method, rtol: 1e-3, atol: 1e-3, maxSteps: 4000 })
            : odeint(s.field, s.y0, outputTimes(s.t0, s.t1), { method, stepSize: 0.25, maxSteps: 4000 });
        expect(tr.counts, `${id} ${method}`).toEqual({ accepted: direct.accepted, rejected: direct.rejected, nfe: direct.nfe });
        const end = direct.ys[direct.ys.length - 1];
        const exact = PRESETS[id].exact?.(s.t1, s.y0, s.t0);
        if (exact) {
          const err = Math.max(...exact.map((v, c) => Math.abs(end[c] - v)));
          expect(tr.error).toBe(err);
          const line = readoutLine(tr, s.dim, s.t0, s.t1, true);
          expect(line).toContain(`${direct.accepted} step`);
          expect(line).toContain(`${direct.rejected} rejected`);
          expect(line).toContain(`${direct.nfe} evaluation`);
        }
        // Every accepted step is drawn, plus the starting point.
        expect(tr.stepT.length - 1).toBe(direct.accepted);
        expect(tr.rejT.length).toBe(direct.rejected);
      }
    }
  });

  it('fixed-step Euler on y′ = 2t is off by exactly h·(t1 − t0) at the end, as the left Riemann sum predicts', () => {
    // Euler sums 2·t_k·h over the left end points: the shortfall against t1² − t0² is h·(t1 − t0).
    const tr = solveTrajectory(setting('power', 'euler', 0.25));
    expect(tr.error).toBeCloseTo(0.25 * 4, 10);
  });

  it('a blow-up stops with a message, not an exception or a hang', () => {
    const p = PRESETS.logistic;
    const tr = solveTrajectory({ field: compilePreset(p).field, dim: 1, t0: p.t0, t1: p.t1, method: 'euler', h: 0.5, tol: 1e-3, y0: [-0.25], exact: p.exact });
    expect(tr.counts).toBeNull();
    expect(failureText(tr.failure!, odePlaygroundStrings.en)).toMatch(/blew up|gave up|shrank/);
    const custom = resolveSystem('custom', 'y^2', '', '', formulaCompiler);
    expect(custom.compiled).not.toBeNull();
    const tr2 = solveTrajectory({ field: custom.compiled!.field, dim: 1, t0: 0, t1: 10, method: 'dopri5', h: 0.25, tol: 1e-6, y0: [2] });
    expect(tr2.failure).not.toBeNull();
    expect(() => odeint(custom.compiled!.field, [2], outputTimes(0, 10), optionsFor({ ...setting('power', 'dopri5'), y0: [2] }))).toThrow(OdeError);
  });

  it('Dopri5 reports its stage evaluations for drawing', () => {
    const tr = solveTrajectory(setting('forced', 'dopri5'));
    expect(tr.stageT.length).toBeGreaterThan(0);
    expect(tr.counts!.nfe).toBeGreaterThan(tr.counts!.accepted);
  });
});

describe('solve requests (the worker protocol)', () => {
  it('answer() gives the same trajectories as direct solves, re-solving only a moved initial value', async () => {
    const { answer, newCache } = await import('./solveRequest');
    const p = PRESETS.forced;
    const sys = resolveSystem('forced', '', '', '', null);
    const req = { kind: 'trajectories' as const, id: 1, key: 'k', exprs: sys.compiled!.exprs, t0: p.t0, t1: p.t1, exactId: 'forced' as const, method: 'dopri5' as const, h: 0.25, tol: 1e-4, y0s: [1.5, -1.5] };
    const cache = newCache();
    const a = answer(req, cache);
    const direct = solveTrajectory({ ...setting('forced', 'dopri5', 0.25, 1e-4), y0: [-1.5] });
    expect(a.trajectories[1].counts).toEqual(direct.counts);
    expect(a.trajectories[1].error).toBe(direct.error);
    // A structured clone, as a worker would send it, carries everything the picture needs.
    expect(structuredClone(a).trajectories[1].stepT).toEqual(direct.stepT);
    const b = answer({ ...req, id: 2, y0s: [1.5, -1] }, cache);
    expect(b.trajectories[0]).toBe(a.trajectories[0]);
    expect(b.trajectories[1]).not.toBe(a.trajectories[1]);
    const c = answer({ ...req, id: 3, key: 'other', method: 'euler' }, cache);
    expect(c.trajectories[0]).not.toBe(a.trajectories[0]);
  });
});

describe('numbers that explode say why', () => {
  const stiff = (t: number, y: Float64Array, dy: Float64Array) => void (dy[0] = -1000 * (y[0] - Math.cos(t)));
  it('Euler at h = 0.1 on y′ = −1000(y − cos t): unstable, |1 + hλ| = 99 with λ from the Jacobian', () => {
    const tr = solveTrajectory({ field: stiff, dim: 1, t0: 0, t1: 10, method: 'euler', h: 0.1, tol: 1e-3, y0: [1] });
    expect(tr.unstable).not.toBeNull();
    expect(tr.unstable!.factor).toBeCloseTo(99, 3);
    expect(tr.unstable!.hStable).toBeCloseTo(0.002, 6);
    const line = readoutLine(tr, 1, 0, 10, false);
    expect(line).toMatch(/Numerically unstable: the values (reach|overflow).*λ ≈ −1,?000.*\|1 \+ hλ\| = 99 > 1.*take h < 0\.002/);
  });
  it('the same equation at a stable h, or solved adaptively, says nothing of the kind', () => {
    const ok = solveTrajectory({ field: stiff, dim: 1, t0: 0, t1: 1, method: 'euler', h: 0.001, tol: 1e-3, y0: [1] });
    expect(ok.unstable).toBeNull();
    const adaptive = solveTrajectory({ field: stiff, dim: 1, t0: 0, t1: 1, method: 'dopri5', h: 0.1, tol: 1e-3, y0: [1] });
    expect(adaptive.unstable).toBeNull();
  });
  it('an equation that really grows (y′ = y over [0, 20]) is not called unstable', () => {
    const grow = (_t: number, y: Float64Array, dy: Float64Array) => void (dy[0] = y[0]);
    const tr = solveTrajectory({ field: grow, dim: 1, t0: 0, t1: 20, method: 'euler', h: 0.1, tol: 1e-3, y0: [1] });
    expect(Math.abs(tr.end![0])).toBeGreaterThan(1e6);
    expect(tr.unstable).toBeNull();
  });
});
