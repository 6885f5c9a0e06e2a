/**
 * odeint against closed forms: convergence orders, exact solutions, decreasing time, stepT/jumpT, onStep.
 * Expected values come from the mathematics (closed forms, orders), never from this code.
 */
import { describe, expect, it } from 'vitest';
import { METHODS, nextDown, nextUp, odeint, type Field, type Method, type StepEvent } from './index.ts';

/** y' = cos(t)·y, y(0) = 1 ⇒ y = exp(sin t): time-dependent and non-autonomous. */
const cosGrowth: Field = (t, y, dy) => void (dy[0] = Math.cos(t) * y[0]);
const cosExact = (t: number) => Math.exp(Math.sin(t));

/** Least-squares slope of log(err) against log(h). */
function slope(hs: number[], errs: number[]): number {
  const x = hs.map(Math.log);
  const y = errs.map(Math.log);
  const mx = x.reduce((a, b) => a + b) / x.length;
  const my = y.reduce((a, b) => a + b) / y.length;
  let sxy = 0;
  let sxx = 0;
  x.forEach((xi, i) => {
    sxy += (xi - mx) * (y[i] - my);
    sxx += (xi - mx) ** 2;
  });
  return sxy / sxx;
}

describe('convergence order (slope of log error against log step, as diffrax test_ode_order)', () => {
  const T = 2;
  const orders: [Method, number][] = [['euler', 1], ['midpoint', 2], ['rk4', 4]];
  for (const [method, p] of orders) {
    it(`${method}: global error slope within 0.2 of ${p}`, () => {
      const hs = [T / 16, T / 32, T / 64, T / 128];
      const errs = hs.map((h) => Math.abs(odeint(cosGrowth, [1], [0, T], { method, stepSize: h }).ys[1][0] - cosExact(T)));
      expect(Math.abs(slope(hs, errs) - p)).toBeLessThan(0.2);
    });
  }
  // Adaptive methods cannot be held to a fixed step, but one accepted step of size h (firstStep = h, loose
  // tolerances) shows the local error O(h^(p+1)) of the solution and O(h^(q+1)) of the embedded estimate.
  // Two problems whose leading error terms do not vanish: y' = y (autonomous; the error is e^h minus the
  // method's stability polynomial) and y' = cos t (pure quadrature, so only the time nodes matter).
  const local: [string, Field, (t: number) => number, number, number[]][] = [
    ['y\' = y', (_t, y, dy) => void (dy[0] = y[0]), Math.exp, 0, [0.2, 0.1, 0.05, 0.025]],
    ['y\' = cos t', (t, _y, dy) => void (dy[0] = Math.cos(t)), Math.sin, 1, [0.2, 0.1, 0.05]],
  ];
  const adaptive: [Method, number, number][] = [['bosh3', 3, 2], ['dopri5', 5, 4]];
  for (const [method, p, q] of adaptive) {
    for (const [name, f, exact, t0, hs] of local) {
      it(`${method} on ${name}: one-step error slope within 0.2 of ${p + 1}, error-estimate slope within 0.2 of ${q + 1}`, () => {
        const errs: number[] = [];
        const ests: number[] = [];
        for (const h of hs) {
          let ratio = NaN;
          const sol = odeint(f, [exact(t0)], [t0, t0 + h], { method, firstStep: h, rtol: 1e3, atol: 1e3, onStep: (e) => (ratio = e.errorRatio) });
          expect(sol.accepted).toBe(1);
          errs.push(Math.abs(sol.ys[1][0] - exact(t0 + h)));
          ests.push(ratio);
        }
        expect(Math.abs(slope(hs, errs) - (p + 1))).toBeLessThan(0.2);
        expect(Math.abs(slope(hs, ests) - (q + 1))).toBeLessThan(0.2);
      });
    }
  }
});

describe('closed-form problems', () => {
  it('exponential decay y\' = −2y: every method close to exp(−2t) at all outputs', () => {
    const t = Array.from({ length: 11 }, (_, i) => i * 0.3);
    // bosh3's outputs between steps come from torchdiffeq's quartic through y_mid = y0 + (dt/2)·k1, a
    // low-order midpoint: its interpolation error (~1e-5 here) dwarfs its step error. README.md says so.
    const tol: Record<Method, number> = { euler: 2e-3, midpoint: 1e-5, rk4: 1e-9, bosh3: 3e-5, dopri5: 1e-6 };
    for (const method of METHODS) {
      const { ys } = odeint((_t, y, dy) => void (dy[0] = -2 * y[0]), [1], t, { method, stepSize: 0.001 });
      t.forEach((ti, i) => expect(Math.abs(ys[i][0] - Math.exp(-2 * ti)), `${method} t=${ti}`).toBeLessThan(tol[method]));
    }
  });

  it('harmonic oscillator x\'\' = −ω²x: dopri5 follows (cos ωt, −ω sin ωt) over five periods', () => {
    const w = 3;
    const t = Array.from({ length: 201 }, (_, i) => (i * 10 * Math.PI) / w / 200);
    const { ys } = odeint((_t, y, dy) => {
      dy[0] = y[1];
      dy[1] = -w * w * y[0];
    }, [1, 0], t, { rtol: 1e-10, atol: 1e-12 });
    t.forEach((ti, i) => {
      expect(Math.abs(ys[i][0] - Math.cos(w * ti))).toBeLessThan(1e-8);
      expect(Math.abs(ys[i][1] + w * Math.sin(w * ti))).toBeLessThan(3e-8);
    });
  });

  it('time-dependent y\' = cos(t)·y: dopri5 within 100·rtol of exp(sin t) on a dense grid (bosh3 within 5e-5: interpolation)', () => {
    const t = Array.from({ length: 101 }, (_, i) => i * 0.1);
    for (const method of ['dopri5', 'bosh3'] as const) {
      const { ys } = odeint(cosGrowth, [1], t, { method, rtol: 1e-8, atol: 1e-10 });
      // bosh3's dense output uses y_mid = y0 + (dt/2)·k1, an O(dt²) midpoint (torchdiffeq's _BS_C_MID), so
      // its outputs between step ends are far less accurate than its steps. README.md says so.
      const tol = method === 'dopri5' ? 1e-6 : 5e-5;
      t.forEach((ti, i) => expect(Math.abs(ys[i][0] - cosExact(ti)) / cosExact(ti), `${method} t=${ti}`).toBeLessThan(tol));
    }
  });

  it('bosh3 steps accurately but interpolates coarsely (torchdiffeq\'s O(dt²) midpoint); dopri5 interpolates as well as it steps', () => {
    const t = Array.from({ length: 101 }, (_, i) => i * 0.1);
    const measure = (method: 'bosh3' | 'dopri5') => {
      let stepErr = 0;
      const { ys } = odeint(cosGrowth, [1], t, {
        method,
        rtol: 1e-8,
        atol: 1e-10,
        onStep: (e) => e.accepted && (stepErr = Math.max(stepErr, Math.abs(e.y1[0] - cosExact(e.t1)) / cosExact(e.t1))),
      });
      const outErr = Math.max(...t.map((ti, i) => Math.abs(ys[i][0] - cosExact(ti)) / cosExact(ti)));
      return { stepErr, outErr };
    };
    const b = measure('bosh3');
    const d = measure('dopri5');
    expect(b.stepErr).toBeLessThan(1e-6);
    expect(b.outErr).toBeGreaterThan(30 * b.stepErr);
    expect(d.outErr).toBeLessThan(10 * d.stepErr + 1e-7);
  });

  it('rk4 (3/8 rule) integrates y\' = 4t³ exactly, euler does not', () => {
    const f: Field = (t, _y, dy) => void (dy[0] = 4 * t ** 3);
    expect(odeint(f, [0], [0, 2], { method: 'rk4', stepSize: 0.5 }).ys[1][0]).toBeCloseTo(16, 12);
    expect(Math.abs(odeint(f, [0], [0, 2], { method: 'euler', stepSize: 0.5 }).ys[1][0] - 16)).toBeGreaterThan(1);
  });

  it('cubic output interpolation beats linear between grid points and costs one evaluation per output', () => {
    const t = [0, 0.25, 0.5, 0.75, 1];
    const lin = odeint(cosGrowth, [1], t, { method: 'rk4', stepSize: 0.5 });
    const cub = odeint(cosGrowth, [1], t, { method: 'rk4', stepSize: 0.5, interp: 'cubic' });
    expect(cub.nfe).toBe(lin.nfe + t.length - 1);
    for (const i of [1, 3]) expect(Math.abs(cub.ys[i][0] - cosExact(t[i]))).toBeLessThan(Math.abs(lin.ys[i][0] - cosExact(t[i])) / 5);
    expect(cub.ys[2][0]).toBe(lin.ys[2][0]); // at a grid point both give y1
  });

  it('adaptive output times do not change the steps: dense and end-only grids cost the same NFE', () => {
    const end = odeint(cosGrowth, [1], [0, 10]);
    const dense = odeint(cosGrowth, [1], Array.from({ length: 501 }, (_, i) => i * 0.02));
    expect(dense.nfe).toBe(end.nfe);
    expect(dense.ys[500][0]).toBe(end.ys[1][0]);
  });
});

describe('decreasing time (s = −t)', () => {
  it('matches the closed form backwards: y\' = cos(t)·y from t = 3 down to 0', () => {
    const t = [3, 2, 1, 0];
    for (const method of METHODS) {
      const { ys } = odeint(cosGrowth, [cosExact(3)], t, { method, stepSize: 1e-3, rtol: 1e-9, atol: 1e-12 });
      const tol = method === 'euler' ? 3e-3 : method === 'bosh3' ? 1e-5 : 1e-6; // bosh3: interpolation, as above
      t.forEach((ti, i) => expect(Math.abs(ys[i][0] - cosExact(ti)), `${method} t=${ti}`).toBeLessThan(tol));
    }
  });

  it('returns to y0 after a forward then backward solve', () => {
    const fwd = odeint(cosGrowth, [1.5], [0, 4], { rtol: 1e-10, atol: 1e-12 });
    const back = odeint(cosGrowth, fwd.ys[1], [4, 0], { rtol: 1e-10, atol: 1e-12 });
    expect(Math.abs(back.ys[1][0] - 1.5)).toBeLessThan(1e-8);
  });

  it('is bit-for-bit the forward solve of g(s, y) = −f(−s, y), with the field and onStep seeing real times', () => {
    for (const method of METHODS) {
      const realTimes: number[] = [];
      const evs: StepEvent[] = [];
      const rev = odeint((t, y, dy) => {
        realTimes.push(t);
        cosGrowth(t, y, dy);
      }, [1], [0, -1, -2.5], { method, stepSize: 0.1, onStep: (e) => evs.push(e) });
      const g: Field = (s, y, dy) => {
        cosGrowth(-s, y, dy);
        dy[0] = -dy[0];
      };
      const fwd = odeint(g, [1], [0, 1, 2.5], { method, stepSize: 0.1 });
      expect(rev.nfe).toBe(fwd.nfe);
      rev.ys.forEach((y, i) => expect(y[0]).toBe(fwd.ys[i][0]));
      expect(Math.max(...realTimes)).toBeLessThanOrEqual(0);
      expect(evs[0].t0).toBe(0);
      expect(evs.every((e) => e.t1 < e.t0)).toBe(true);
      expect(rev.ys[2][0]).toBeCloseTo(cosExact(-2.5), method === 'euler' ? 0 : 2);
    }
  });
});

describe('stepT and jumpT (a field with a jump at t = 1)', () => {
  // y' = −y for t < 1 and −3y from t = 1 on: y = e^(−t), then e^(−1)·e^(−3(t−1)).
  const jump: Field = (t, y, dy) => void (dy[0] = (t < 1 ? -1 : -3) * y[0]);
  const exact = (t: number) => (t < 1 ? Math.exp(-t) : Math.exp(-1 - 3 * (t - 1)));
  const opts = { rtol: 1e-6, atol: 1e-9 };

  it('stepT ends a step exactly at 1; jumpT also re-evaluates f just after it; both cost less than plain', () => {
    const plain = odeint(jump, [1], [0, 2], opts);
    const ends = (o: object) => {
      const t1s: number[] = [];
      const sol = odeint(jump, [1], [0, 2], { ...opts, ...o, onStep: (e) => e.accepted && t1s.push(e.t1) });
      return { sol, t1s };
    };
    const st = ends({ stepT: [1] });
    const jt = ends({ jumpT: [1] });
    expect(st.t1s).toContain(1);
    expect(jt.t1s).toContain(1);
    expect(st.sol.nfe).toBe(2 + 6 * (st.sol.accepted + st.sol.rejected));
    expect(jt.sol.nfe).toBe(2 + 6 * (jt.sol.accepted + jt.sol.rejected) + 1);
    expect(st.sol.nfe).toBeLessThan(plain.nfe);
    expect(jt.sol.nfe).toBeLessThan(st.sol.nfe);
    expect(Math.abs(jt.sol.ys[1][0] - exact(2))).toBeLessThan(1e-6);
  });

  it('with jumpT the field is evaluated at nextDown(1) and nextUp(1) but never at 1 itself', () => {
    const times: number[] = [];
    odeint((t, y, dy) => {
      times.push(t);
      jump(t, y, dy);
    }, [1], [0, 2], { ...opts, jumpT: [1] });
    expect(times).toContain(nextDown(1));
    expect(times).toContain(nextUp(1));
    expect(times).not.toContain(1);
  });

  it('works for decreasing time with times given in the direction of t', () => {
    const back = odeint(jump, [exact(2)], [2, 0], { ...opts, jumpT: [1] });
    expect(Math.abs(back.ys[1][0] - 1)).toBeLessThan(1e-5);
  });
});

describe('onStep', () => {
  it('reports every dopri5 attempt with its seven stages: times t0 + c_i·dt, the last two at nextDown(t1), the last state y1', () => {
    const evs: { t0: number; t1: number; st: number[]; last: number; y1: number; accepted: boolean; nfe: number }[] = [];
    const sol = odeint((_t, y, dy) => {
      dy[0] = y[1];
      dy[1] = -y[0] + 5 * (1 - y[0] ** 2) * y[1];
    }, [2, 0], [0, 5], {
      rtol: 1e-3,
      atol: 1e-6,
      onStep: (e) => evs.push({ t0: e.t0, t1: e.t1, st: e.stages!.map((s) => s.t), last: e.stages![6].y[0], y1: e.y1[0], accepted: e.accepted, nfe: e.nfe }),
    });
    expect(evs.length).toBe(sol.accepted + sol.rejected);
    expect(evs.some((e) => !e.accepted)).toBe(true);
    expect(sol.nfe).toBe(2 + 6 * evs.length);
    evs.forEach((e, i) => {
      const dt = e.t1 - e.t0;
      [0, 1 / 5, 3 / 10, 4 / 5, 8 / 9].forEach((c, j) => expect(e.st[j]).toBeCloseTo(e.t0 + c * dt, 12));
      expect(e.st[5]).toBe(nextDown(e.t1));
      expect(e.st[6]).toBe(nextDown(e.t1));
      expect(e.last).toBe(e.y1);
      expect(e.nfe).toBe(2 + 6 * (i + 1));
    });
    // After a rejection the next attempt starts at the same t0 with a smaller step.
    evs.forEach((e, i) => {
      if (!e.accepted && i + 1 < evs.length) {
        expect(evs[i + 1].t0).toBe(e.t0);
        expect(evs[i + 1].t1 - evs[i + 1].t0).toBeLessThan(e.t1 - e.t0);
      }
    });
  });

  it('reports fixed-grid steps as accepted with error ratio 0 and one stage per evaluation', () => {
    const evs: StepEvent[] = [];
    odeint(cosGrowth, [1], [0, 1], { method: 'rk4', stepSize: 0.25, onStep: (e) => evs.push({ ...e, stages: e.stages!.map((s) => ({ ...s })) }) });
    expect(evs.length).toBe(4);
    expect(evs.every((e) => e.accepted && e.errorRatio === 0 && e.stages!.length === 4)).toBe(true);
    expect(evs[1].stages!.map((s) => s.t)).toEqual([0.25, 0.25 + 0.25 / 3, 0.25 + 0.25 * (2 / 3), 0.5]);
  });
});
