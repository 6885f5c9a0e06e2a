import { expect, test } from 'vitest';
import { mulberry32 } from '../../math/rng';
import { cnfFieldTrace, cnfScratch, initCnf } from '../cnf/model';
import { packCnf } from './packWeights';

/**
 * Replays the fused shader's arithmetic (cnfShader.ts `field`) in JavaScript, reading weights only from
 * the packed texels: if the layout were wrong, this would not reproduce the reference field and trace.
 */
function shaderField(texels: Float32Array, H1: number, H2: number, t: number, x: number, y: number): [number, number, number] {
  const G1 = H1 / 4;
  const G2 = H2 / 4;
  const OFF2 = 4 * G1;
  const OFF2B = OFF2 + G2 * H1;
  const OFF2C = OFF2B + G2;
  const OFF3 = OFF2C + G2;
  const W = (i: number) => Array.from(texels.subarray(4 * i, 4 * i + 4));
  const h1: number[] = [];
  const p1: number[] = [];
  const q1: number[] = [];
  for (let g = 0; g < G1; g++) {
    const [wx, wy, b, c] = [W(4 * g), W(4 * g + 1), W(4 * g + 2), W(4 * g + 3)];
    for (let u = 0; u < 4; u++) {
      const th = Math.tanh(wx[u] * x + wy[u] * y + b[u] + t * c[u]);
      h1.push(th);
      p1.push((1 - th * th) * wx[u]);
      q1.push((1 - th * th) * wy[u]);
    }
  }
  let fx = 0;
  let fy = 0;
  let tr = 0;
  for (let g = 0; g < G2; g++) {
    const a = W(OFF2B + g).map((b, u) => b + t * W(OFF2C + g)[u]);
    const ga = [0, 0, 0, 0];
    const gb = [0, 0, 0, 0];
    for (let i = 0; i < H1; i++) {
      const wi = W(OFF2 + g * H1 + i);
      for (let u = 0; u < 4; u++) {
        a[u] += h1[i] * wi[u];
        ga[u] += p1[i] * wi[u];
        gb[u] += q1[i] * wi[u];
      }
    }
    const r0 = W(OFF3 + g);
    const r1 = W(OFF3 + G2 + g);
    for (let u = 0; u < 4; u++) {
      const th = Math.tanh(a[u]);
      const s = 1 - th * th;
      fx += r0[u] * th;
      fy += r1[u] * th;
      tr += r0[u] * s * ga[u] + r1[u] * s * gb[u];
    }
  }
  const bc = W(OFF3 + 2 * G2);
  return [fx + bc[0] + t * bc[2], fy + bc[1] + t * bc[3], tr];
}

test('the packed texels, read as the shader reads them, give the reference field and trace', () => {
  const w = initCnf([2, 12, 8, 2], mulberry32(4));
  w.layers.forEach((l, k) => l.b.forEach((_, j) => ((l.b[j] = 0.1 * (j - k)), (l.c[j] = 0.05 * (j + 2 * k)))));
  const packed = packCnf(w);
  expect(packed.width).toBe(4 * 3 + 2 * 12 + 2 * 2 + 2 * 2 + 1);
  const s = cnfScratch(w);
  for (const [t, x, y] of [[0, 0.5, -1], [0.7, -1.2, 2], [1, 3, 0.1]]) {
    const ref = [0, 0];
    const tr = cnfFieldTrace(w, s, t, x, y, ref);
    const [fx, fy, tr2] = shaderField(packed.texels, 12, 8, t, x, y);
    expect(fx).toBeCloseTo(ref[0], 5);
    expect(fy).toBeCloseTo(ref[1], 5);
    expect(tr2).toBeCloseTo(tr, 5);
  }
});

test('shapes the program cannot take are refused with the reason', () => {
  expect(() => packCnf(initCnf([2, 6, 8, 2], mulberry32(1)))).toThrow(/multiples of 4/);
  expect(() => packCnf(initCnf([2, 8, 2], mulberry32(1)))).toThrow(/two hidden layers/);
});
