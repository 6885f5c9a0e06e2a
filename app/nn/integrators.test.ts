/**
 * Every integrator path of the site, with every fixed-grid method of the solver's tableaux, reproduces
 * `odeint` (app/solver) within that path's precision. The method list is `FIXED_METHODS`, read from the
 * solver, so a method added there reaches every test here, and a path that misses it fails by name.
 *
 * Paths: the particle view's JS stepper; its WebGL2 update shader (the generated stage code, run under Node
 * by a float64 evaluator of the generated expressions); the CNF's float64 reference; the CNF's fused
 * WebGL2 fragment shader (likewise); the CNF's tfjs path; the planar CNF's tfjs path; `odeintTensor`. The
 * shaders are also run for real in Chromium by e2e/normalizing-flows.spec.ts (fused against tfjs on
 * every pixel) and e2e/ode-basics.spec.ts (the particle view).
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { odeint, type Field, type FixedMethod } from '../solver/index.ts';
import { FIXED_METHODS } from '../solver/types.ts';
import { TABLEAUX } from '../solver/tableaux.ts';
import { PRESETS } from '../math/problems/presets';
import { compilePreset } from '../math/problems/compile';
import { mulberry32 } from '../math/rng';
import { stepAll } from './particles/jsStep';
import { updateVertexShader } from './particles/stepShader';
import { cnfFragmentSource } from './gl/cnfShader';
import { glslRkStepUnrolled } from './gl/rkGlsl';
import { augmentedField, cnfFieldTraceFn, integrateAug } from './cnf/flowPlain';
import { cnfFieldTrace, cnfScratch, initCnf, type CnfWeights } from './cnf/model';
import { cnfToTensors, disposeCnfTensors, integrateAugTensor } from './cnf/tensorFlow';
import { initPlanar, planarCnf, disposePlanar } from './cnf/planar';
import { odeintTensor } from './core/odeintTensor';
import { useTestBackend } from './core/testBackend';
import { evalGlsl, type Env, type Value } from './testing/glslEval';

type Tf = Awaited<ReturnType<typeof useTestBackend>>;
let tf: Tf;
beforeAll(async () => {
  tf = await useTestBackend('wasm');
});

const STARTS = [[0.5, -1], [1.2, 0.3], [-2, 1.5]];

/** One odeint step of `method` over [t0, t0 + h]; the grid is t itself. */
const odeStep = (f: Field, y0: number[], t0: number, h: number, method: FixedMethod) => odeint(f, y0, [t0, t0 + h], { method }).ys[1];

/** odeint over [t0, t1] on an even grid of `steps` steps. */
const odeSolve = (f: Field, y0: number[], t0: number, t1: number, steps: number, method: FixedMethod) =>
  odeint(f, y0, Array.from({ length: steps + 1 }, (_, k) => (k === steps ? t1 : t0 + ((t1 - t0) * k) / steps)), { method }).ys[steps];

const vec = (f: Field) => (t: Value, y: Value) => {
  const out = new Float64Array(2);
  f(t as number, y as Float64Array, out);
  return out;
};

/** Runs the statements of the particle shader's generated `rkstep` body (declarations of k_i, then p = …). */
function runUnrolled(body: string, env: Env, state: string): Float64Array {
  const scope: Env = { ...env };
  for (const line of body.split('\n').map((l) => l.trim()).filter(Boolean)) {
    const decl = /^vec\d (k\d+) = (.*);$/.exec(line);
    const assign = new RegExp(`^${state} = (.*);$`).exec(line);
    if (decl) scope[decl[1]] = evalGlsl(decl[2], scope);
    else if (assign) scope[state] = evalGlsl(assign[1], scope);
    else throw new Error(`unexpected generated line: ${line}`);
  }
  return scope[state] as Float64Array;
}

/** Runs the CNF shader's generated stage loop (one step) for state y with `field` bound. */
function runLooped(src: string, env: Env): Float64Array {
  const stages = Number(/for \(int si = 0; si < (\d+); si\+\+\)/.exec(src)![1]);
  const tExpr = /float tStage = (.*);/.exec(src)![1];
  const yExpr = /vec\d yStage = (.*);/.exec(src)![1];
  const call = /vec3 kNew = (.*);/.exec(src)![1];
  const storeLine = /^\s*((?:else )?(?:if \(si == \d+\) )?k\d+ = kNew;.*)$/m.exec(src)![1];
  const stores = [...storeLine.matchAll(/(?:if \(si == (\d+)\) )?k(\d+) = kNew;/g)].map((m) => ({ si: m[1] === undefined ? null : Number(m[1]), k: Number(m[2]) }));
  const update = /^\s*y = (.*);$/m.exec(src)![1];
  const scope: Env = { ...env };
  for (let j = 0; j < stages; j++) scope[`k${j}`] = new Float64Array(3);
  for (let si = 0; si < stages; si++) {
    scope.si = si;
    scope.tStage = evalGlsl(tExpr, scope);
    scope.yStage = evalGlsl(yExpr, scope);
    const kNew = evalGlsl(call, scope);
    const target = stores.find((s) => s.si === si) ?? stores.find((s) => s.si === null)!;
    scope[`k${target.k}`] = kNew;
  }
  return evalGlsl(update, scope) as Float64Array;
}

function cnfModel(seed = 5): CnfWeights {
  const w = initCnf([2, 8, 8, 2], mulberry32(seed));
  w.layers.forEach((l, k) => l.b.forEach((_, j) => ((l.b[j] = 0.1 * Math.sin(j + k)), (l.c[j] = 0.3 * Math.cos(j * k + 1)))));
  return w;
}

describe.each(FIXED_METHODS.map((m) => [m]))('%s', (method) => {
  test('particles, JS path: the same step as odeint (float64, to the last bits)', () => {
    for (const id of ['vanderpol', 'spiral', 'pendulum'] as const) {
      const f = compilePreset(PRESETS[id]).field;
      const pos = Float64Array.from(STARTS.flat());
      stepAll(f, pos, 2, STARTS.length, 0.3, 0.05, method);
      STARTS.forEach((y0, i) => {
        const want = odeStep(f, y0, 0.3, 0.05, method);
        expect(Math.abs(pos[2 * i] - want[0]), `${id}`).toBeLessThan(1e-13);
        expect(Math.abs(pos[2 * i + 1] - want[1]), `${id}`).toBeLessThan(1e-13);
      });
    }
  });

  test('particles, WebGL2 path: the generated update shader takes odeint’s step', () => {
    const f = compilePreset(PRESETS.vanderpol).field;
    const src = updateVertexShader('p.y', '(-sin(p.x))', method);
    const body = /vec2 rkstep\(float t, vec2 p, float h\) \{\n([\s\S]*?)\n\s*return p;\n\}/.exec(src)![1];
    expect(body.match(/\bf\(/g)?.length, 'one field call per stage').toBe(TABLEAUX[method].stages);
    STARTS.forEach((y0) => {
      const got = runUnrolled(body, { t: 0.3, h: 0.05, p: Float64Array.from(y0), f: vec(f) }, 'p');
      const want = odeStep(f, y0, 0.3, 0.05, method);
      expect(Math.abs(got[0] - want[0])).toBeLessThan(1e-13);
      expect(Math.abs(got[1] - want[1])).toBeLessThan(1e-13);
    });
  });

  test('CNF, float64 path: the augmented solve equals odeint on the augmented field', () => {
    const w = cnfModel();
    const aug = augmentedField(cnfFieldTraceFn(w));
    for (const [x, y] of STARTS) {
      const got = integrateAug(cnfFieldTraceFn(w), x, y, 1, 0, 6, undefined, method);
      const want = odeSolve(aug, [x, y, 0], 1, 0, 6, method);
      for (let c = 0; c < 3; c++) expect(Math.abs(got[c] - want[c])).toBeLessThan(1e-12);
    }
  });

  test('CNF, fused WebGL2 path: the generated stage loop takes odeint’s step', () => {
    const w = cnfModel();
    const src = cnfFragmentSource(8, 8, method);
    const s = cnfScratch(w);
    const field = (t: Value, z: Value) => {
      if ((z as Float64Array).length !== 2) throw new Error('the field takes z = (x, y)');
      const out = new Float64Array(3);
      const zz = z as Float64Array;
      out[2] = cnfFieldTrace(w, s, t as number, zz[0], zz[1], out);
      return out;
    };
    const aug = augmentedField(cnfFieldTraceFn(w));
    for (const [x, y] of STARTS) {
      const got = runLooped(src, { t: 0.7, h: -0.1, y: Float64Array.of(x, y, 0.25), field });
      const want = odeStep(aug, [x, y, 0.25], 0.7, -0.1, method);
      for (let c = 0; c < 3; c++) expect(Math.abs(got[c] - want[c])).toBeLessThan(1e-13);
    }
  });

  test('CNF, tfjs path: the augmented solve equals odeint to float32 precision', async () => {
    const w = cnfModel();
    const p = cnfToTensors(tf, w, false);
    const z = tf.tensor2d(STARTS);
    const r = tf.tidy(() => integrateAugTensor(tf, p, z, 1, 0, 6, undefined, method));
    const [zd, ad] = [await r.z.data(), await r.A.data()];
    const aug = augmentedField(cnfFieldTraceFn(w));
    STARTS.forEach(([x, y], i) => {
      const want = odeSolve(aug, [x, y, 0], 1, 0, 6, method);
      expect(Math.abs(zd[2 * i] - want[0])).toBeLessThan(1e-5);
      expect(Math.abs(zd[2 * i + 1] - want[1])).toBeLessThan(1e-5);
      expect(Math.abs(ad[i] - want[2])).toBeLessThan(1e-5);
    });
    tf.dispose([r.z, r.A, z]);
    disposeCnfTensors(p);
  });

  test('planar CNF, tfjs path: z and log q equal odeint of the same field to float32 precision', async () => {
    const p = initPlanar(tf, 3, true, mulberry32(3));
    // Give the time slopes values, so the field depends on t.
    p.du!.assign(tf.mul(p.u, 0.5));
    p.dw!.assign(tf.mul(p.w, -0.3));
    const [u, w, b, du, dw, db] = await Promise.all([p.u, p.w, p.b, p.du!, p.dw!, p.db!].map((v) => v.data()));
    const M = 3;
    // dz/dt = Σ_m u_m(t)·tanh(w_m(t)·z + b_m(t)), d log q/dt = −Σ_m (1 − tanh²)·u_m(t)·w_m(t).
    const field: Field = (t, s, out) => {
      out[0] = 0;
      out[1] = 0;
      out[2] = 0;
      for (let m = 0; m < M; m++) {
        const um = [u[2 * m] + t * du[2 * m], u[2 * m + 1] + t * du[2 * m + 1]];
        const wm = [w[2 * m] + t * dw[2 * m], w[2 * m + 1] + t * dw[2 * m + 1]];
        const th = Math.tanh(wm[0] * s[0] + wm[1] * s[1] + b[m] + t * db[m]);
        out[0] += um[0] * th;
        out[1] += um[1] * th;
        out[2] -= (1 - th * th) * (um[0] * wm[0] + um[1] * wm[1]);
      }
    };
    const z = tf.tensor2d(STARTS);
    const r = tf.tidy(() => planarCnf(tf, p, z, 5, method));
    const [zd, lq] = [await r.z.data(), await r.logq.data()];
    STARTS.forEach(([x, y], i) => {
      const logq0 = -0.5 * (x * x + y * y) - Math.log(2 * Math.PI);
      const want = odeSolve(field, [x, y, logq0], 0, 1, 5, method);
      expect(Math.abs(zd[2 * i] - want[0])).toBeLessThan(1e-5);
      expect(Math.abs(zd[2 * i + 1] - want[1])).toBeLessThan(1e-5);
      expect(Math.abs(lq[i] - want[2])).toBeLessThan(1e-5);
    });
    tf.dispose([r.z, r.logq, z]);
    disposePlanar(p);
  });

  test('tensor solver: odeintTensor equals odeint to float32 precision', async () => {
    // Van der Pol with μ = 1: x′ = v, v′ = (1 − x²)v − x, in float64 and on tensors.
    const f: Field = (_t, y, out) => {
      out[0] = y[1];
      out[1] = (1 - y[0] * y[0]) * y[1] - y[0];
    };
    const fT = (_t: number, y: ReturnType<typeof tf.tensor2d>) =>
      tf.tidy(() => {
        const [x, v] = tf.split(y, 2, 1);
        return tf.concat([v, tf.sub(tf.mul(tf.sub(1, tf.square(x)), v), x)], 1);
      });
    const y0 = tf.tensor2d(STARTS);
    const ts = [0, 0.1, 0.2, 0.3];
    const sol = odeintTensor(fT as never, y0, ts, { method });
    const ys = await sol.ys.data();
    STARTS.forEach((s0, i) => {
      const want = odeint(f, s0, ts, { method }).ys[3];
      const base = 3 * STARTS.length * 2 + 2 * i;
      expect(Math.abs(ys[base] - want[0])).toBeLessThan(1e-5);
      expect(Math.abs(ys[base + 1] - want[1])).toBeLessThan(1e-5);
    });
    tf.dispose([sol.ys, y0]);
  });
});

test('the shader generator refuses adaptive tableaux (the GPU paths step on a fixed grid)', () => {
  expect(() => glslRkStepUnrolled(TABLEAUX.dopri5, { type: 'vec2', call: (t, y) => `f(${t}, ${y})` })).toThrow(/adaptive/);
});
