import { describe, expect, it } from 'vitest';
import { adjoint, finiteDifferences, forward, runToEnd, type Problem } from './algorithm1';
import { backwardProblem, computeBackwardScene } from './backwardScene';
import { maxRelError as relError } from './relError';
import { spiralTheta, tanhMlpField, type ParamField } from './field';

/** dz/dt = θ z in 1-D: z(T) = z0 e^{θT}; with L = ½ z(T)², dL/dz0 = z(T) e^{θT} and dL/dθ = T z(T)². */
const linear1d: ParamField = {
  dim: 1,
  nParams: 1,
  paramNames: ['θ'],
  f: (z, th, out) => void (out[0] = th[0] * z[0]),
  vjp: (z, th, a, oz, oth) => {
    oz[0] = a[0] * th[0];
    oth[0] = a[0] * z[0];
  },
};

describe('the hand-written field and its vector–Jacobian products', () => {
  it('match central differences of f', () => {
    const field = tanhMlpField(3);
    const theta = Float64Array.from({ length: field.nParams }, (_, i) => Math.sin(1.3 * i + 0.2));
    const z = Float64Array.from([0.7, -0.4]);
    const a = Float64Array.from([0.9, -1.1]);
    const vz = new Float64Array(2);
    const vth = new Float64Array(field.nParams);
    field.vjp(z, theta, a, vz, vth);
    const h = 1e-6;
    const dot = (zz: Float64Array, th: Float64Array) => {
      const out = new Float64Array(2);
      field.f(zz, th, out);
      return a[0] * out[0] + a[1] * out[1];
    };
    for (let k = 0; k < 2; k++) {
      const up = Float64Array.from(z); up[k] += h;
      const dn = Float64Array.from(z); dn[k] -= h;
      expect(vz[k]).toBeCloseTo((dot(up, theta) - dot(dn, theta)) / (2 * h), 8);
    }
    for (let k = 0; k < field.nParams; k++) {
      const up = Float64Array.from(theta); up[k] += h;
      const dn = Float64Array.from(theta); dn[k] -= h;
      expect(vth[k]).toBeCloseTo((dot(z, up) - dot(z, dn)) / (2 * h), 8);
    }
  });
});

describe('Algorithm 1 (adjoint) in float64', () => {
  it('gives the closed-form gradient of a linear ODE', () => {
    const theta0 = -0.7, z0 = 1.3, T = 2;
    const p: Problem = { field: linear1d, theta: Float64Array.of(theta0), z0: Float64Array.of(z0), ts: [0, T], targets: [null, Float64Array.of(0)] };
    const opts = { rtol: 1e-11, atol: 1e-13 };
    const { zs } = forward(p, opts);
    const r = adjoint(p, zs, { ...opts, checkpoint: false });
    const zT = z0 * Math.exp(theta0 * T);
    expect(r.dLdz0[0]).toBeCloseTo(zT * Math.exp(theta0 * T), 9);
    expect(r.dLdTheta[0]).toBeCloseTo(T * zT * zT, 9);
  });

  it('adds ∂L/∂z(t_i) at every output time (loss on several outputs)', () => {
    const theta0 = 0.3, z0 = 0.8;
    const ts = [0, 0.5, 1.5];
    const p: Problem = { field: linear1d, theta: Float64Array.of(theta0), z0: Float64Array.of(z0), ts, targets: [null, Float64Array.of(0), Float64Array.of(0)] };
    const opts = { rtol: 1e-11, atol: 1e-13 };
    const r = adjoint(p, forward(p, opts).zs, { ...opts, checkpoint: true });
    // L = ½ z0² (e^{2θ·0.5} + e^{2θ·1.5}); dL/dz0 = z0 Σ e^{2θt}, dL/dθ = z0² Σ t e^{2θt}.
    const sum = (g: (t: number) => number) => g(0.5) + g(1.5);
    expect(r.dLdz0[0]).toBeCloseTo(z0 * sum((t) => Math.exp(2 * theta0 * t)), 9);
    expect(r.dLdTheta[0]).toBeCloseTo(z0 * z0 * sum((t) => t * Math.exp(2 * theta0 * t)), 9);
  });

  it('agrees with central finite differences on the spiral network to 1e-7 at tight tolerances', () => {
    const p = backwardProblem({ damping: 0.3, T: 5, btolExp: -10 });
    const opts = { rtol: 1e-10, atol: 1e-12 };
    const r = adjoint(p, forward(p, opts).zs, { ...opts, checkpoint: false });
    const fd = runToEnd(finiteDifferences(p));
    expect(relError(r.dLdz0, fd.dLdz0)).toBeLessThan(1e-7);
    expect(relError(r.dLdTheta, fd.dLdTheta)).toBeLessThan(1e-7);
  });

  it('loses accuracy as the backward tolerance is loosened, and regains it as it is tightened', () => {
    const p = backwardProblem({ damping: 0.3, T: 5, btolExp: -4 });
    const { zs } = forward(p, { rtol: 1e-10, atol: 1e-12 });
    const fd = runToEnd(finiteDifferences(p));
    const err = (e: number) => relError(adjoint(p, zs, { rtol: 10 ** e, atol: 10 ** e / 100, checkpoint: false }).dLdTheta, fd.dLdTheta);
    const errs = [-2, -4, -6, -8].map(err);
    expect(errs[0]).toBeGreaterThan(1e-2);
    for (let i = 1; i < errs.length; i++) expect(errs[i]).toBeLessThan(errs[i - 1] / 10);
    expect(errs[3]).toBeLessThan(1e-6);
  });

  it('leaves the caller’s z0 and θ untouched when taking finite differences', () => {
    const theta = spiralTheta(0.3);
    const p: Problem = { ...backwardProblem({ damping: 0.3, T: 1, btolExp: -6 }), theta };
    const before = Array.from(theta);
    runToEnd(finiteDifferences(p));
    expect(Array.from(theta)).toEqual(before);
  });
});

describe('the backward-pass scene', () => {
  it('runs the backward solve from T down to 0, starting z at the forward z(T)', () => {
    const s = computeBackwardScene({ damping: 0.3, T: 5, btolExp: -4 });
    const fwdEnd = s.forwardPath[s.forwardPath.length - 1];
    expect(s.backwardPath[0].t).toBe(5);
    expect(Array.from(s.backwardPath[0].y.slice(0, 2))).toEqual(Array.from(fwdEnd.y));
    expect(s.backwardPath[s.backwardPath.length - 1].t).toBe(0);
    const ts = s.backwardSteps.map((m) => m.t);
    for (let i = 1; i < ts.length; i++) expect(ts[i]).toBeLessThan(ts[i - 1]);
    // The adjoint starts at ∂L/∂z(T) = z(T) − target.
    expect(s.backwardPath[0].y[2]).toBeCloseTo(fwdEnd.y[0] - 0.5, 12);
    expect(s.backwardPath[0].y[3]).toBeCloseTo(fwdEnd.y[1] - 0.5, 12);
    // The parameter gradient accumulates from 0.
    expect(Array.from(s.backwardPath[0].y.slice(4))).toEqual(new Array(12).fill(0));
  });

  it('takes fewer backward steps and drifts further at a looser backward tolerance', () => {
    const loose = computeBackwardScene({ damping: 0.3, T: 5, btolExp: -2 });
    const tight = computeBackwardScene({ damping: 0.3, T: 5, btolExp: -8 });
    expect(loose.backwardSteps.length).toBeLessThan(tight.backwardSteps.length);
    expect(loose.drift0).toBeGreaterThan(100 * tight.drift0);
  });
});

describe('dense outputs', () => {
  it('do not change the forward solve: z(T) and the steps are the same with 2 or 241 output times', () => {
    const p = backwardProblem({ damping: 0.3, T: 5, btolExp: -4 });
    const a = forward(p, { rtol: 1e-7, atol: 1e-9 });
    const ts = Array.from({ length: 241 }, (_, i) => (5 * i) / 240);
    const b = forward({ ...p, ts, targets: ts.map(() => null) }, { rtol: 1e-7, atol: 1e-9 });
    expect(Array.from(b.zs[240])).toEqual(Array.from(a.zs[1]));
    expect(b.steps.map((s) => s.t)).toEqual(a.steps.map((s) => s.t));
  });
});
