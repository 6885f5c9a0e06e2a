/**
 * One fixed step of a planar field for many particles at once, in plain JavaScript: the fallback path
 * and the reference for the shader. Tableaux as in torchdiffeq (rk_common.py): Euler; midpoint
 * y1 = y + h f(t + h/2, y + h/2 f(t, y)); and `rk4`, Kutta's 3/8 rule:
 *   k1 = f(t, y), k2 = f(t + h/3, y + h k1/3), k3 = f(t + 2h/3, y + h (k2 − k1/3)),
 *   k4 = f(t + h, y + h (k1 − k2 + k3)),  y1 = y + h (k1 + 3 k2 + 3 k3 + k4)/8.
 */
import type { StepMethod } from './types';

export type PlanarField = (t: number, y: Float64Array, dydt: Float64Array) => void;

/** Scratch space for `stepAll`, allocated once by its owner. */
export function makeScratch() {
  return { y: new Float64Array(2), s: new Float64Array(2), k1: new Float64Array(2), k2: new Float64Array(2), k3: new Float64Array(2), k4: new Float64Array(2) };
}

/** Steps the (x, y) pairs at stride `stride` in `pos` in place. */
export function stepAll(f: PlanarField, pos: Float32Array | Float64Array, stride: number, n: number, t: number, h: number, method: StepMethod, w = makeScratch()): void {
  const { y, s, k1, k2, k3, k4 } = w;
  for (let i = 0; i < n; i++) {
    const o = i * stride;
    y[0] = pos[o];
    y[1] = pos[o + 1];
    f(t, y, k1);
    if (method === 'euler') {
      pos[o] = y[0] + h * k1[0];
      pos[o + 1] = y[1] + h * k1[1];
    } else if (method === 'midpoint') {
      s[0] = y[0] + 0.5 * h * k1[0];
      s[1] = y[1] + 0.5 * h * k1[1];
      f(t + 0.5 * h, s, k2);
      pos[o] = y[0] + h * k2[0];
      pos[o + 1] = y[1] + h * k2[1];
    } else {
      s[0] = y[0] + (h * k1[0]) / 3;
      s[1] = y[1] + (h * k1[1]) / 3;
      f(t + h / 3, s, k2);
      s[0] = y[0] + h * (k2[0] - k1[0] / 3);
      s[1] = y[1] + h * (k2[1] - k1[1] / 3);
      f(t + (2 * h) / 3, s, k3);
      s[0] = y[0] + h * (k1[0] - k2[0] + k3[0]);
      s[1] = y[1] + h * (k1[1] - k2[1] + k3[1]);
      f(t + h, s, k4);
      pos[o] = y[0] + (h * (k1[0] + 3 * k2[0] + 3 * k3[0] + k4[0])) / 8;
      pos[o + 1] = y[1] + (h * (k1[1] + 3 * k2[1] + 3 * k3[1] + k4[1])) / 8;
    }
  }
}
