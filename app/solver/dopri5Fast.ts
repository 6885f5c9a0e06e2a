/**
 * A specialised dopri5 step for the hot path (the chapter-1 playground re-solves on every animation frame).
 * It computes exactly what the generic `rkStep` computes for `TABLEAUX.dopri5`, in the same order of operations,
 * with the stages unrolled and every product kept, zero weights included, so that a NaN in any stage reaches
 * the error ratio exactly as in the generic stepper. `fast.test.ts` checks it is bit-for-bit the generic
 * stepper, and the reference tests run both.
 */
import { quarticFromMid } from './dense.ts';
import type { RkWork } from './rk.ts';
import { TABLEAUX } from './tableaux.ts';
import type { Field } from './types.ts';

const { alpha: A, beta: B, cError: E, cMid: M } = TABLEAUX.dopri5 as { alpha: number[]; beta: number[][]; cError: number[]; cMid: number[] };

/** Same contract as `rkStep` for the dopri5 tableau: fills k_1..k_6, y1 (= input of stage 7) and err; returns 6. */
export function dopri5Step(f: Field, w: RkWork, y0: Float64Array): number {
  const { n, k, yStage, err } = w;
  const t0 = w.step[0];
  const dt = w.step[1];
  const tLast = w.step[2];
  const k0 = k[0];
  const k1 = k[1];
  const k2 = k[2];
  const k3 = k[3];
  const k4 = k[4];
  const k5 = k[5];
  const k6 = k[6];

  const b10 = B[0][0] * dt;
  let yi = yStage[1];
  for (let m = 0; m < n; m++) yi[m] = y0[m] + k0[m] * b10;
  f(t0 + A[0] * dt, yi, k1);

  const b20 = B[1][0] * dt;
  const b21 = B[1][1] * dt;
  yi = yStage[2];
  for (let m = 0; m < n; m++) yi[m] = y0[m] + (k0[m] * b20 + k1[m] * b21);
  f(t0 + A[1] * dt, yi, k2);

  const b30 = B[2][0] * dt;
  const b31 = B[2][1] * dt;
  const b32 = B[2][2] * dt;
  yi = yStage[3];
  for (let m = 0; m < n; m++) yi[m] = y0[m] + (k0[m] * b30 + k1[m] * b31 + k2[m] * b32);
  f(t0 + A[2] * dt, yi, k3);

  const b40 = B[3][0] * dt;
  const b41 = B[3][1] * dt;
  const b42 = B[3][2] * dt;
  const b43 = B[3][3] * dt;
  yi = yStage[4];
  for (let m = 0; m < n; m++) yi[m] = y0[m] + (k0[m] * b40 + k1[m] * b41 + k2[m] * b42 + k3[m] * b43);
  f(t0 + A[3] * dt, yi, k4);

  const b50 = B[4][0] * dt;
  const b51 = B[4][1] * dt;
  const b52 = B[4][2] * dt;
  const b53 = B[4][3] * dt;
  const b54 = B[4][4] * dt;
  yi = yStage[5];
  for (let m = 0; m < n; m++) yi[m] = y0[m] + (k0[m] * b50 + k1[m] * b51 + k2[m] * b52 + k3[m] * b53 + k4[m] * b54);
  f(tLast, yi, k5); // alpha = 1

  // Stage 7 (FSAL): its input is y1. beta[5][1] = 0, but k1·0 is kept so a non-finite k1 still shows.
  const b60 = B[5][0] * dt;
  const b61 = B[5][1] * dt;
  const b62 = B[5][2] * dt;
  const b63 = B[5][3] * dt;
  const b64 = B[5][4] * dt;
  const b65 = B[5][5] * dt;
  yi = yStage[6];
  for (let m = 0; m < n; m++) yi[m] = y0[m] + (k0[m] * b60 + k1[m] * b61 + k2[m] * b62 + k3[m] * b63 + k4[m] * b64 + k5[m] * b65);
  f(tLast, yi, k6);

  // Error estimate (cError[1] = 0, kept for the same reason).
  const e0 = dt * E[0];
  const e1 = dt * E[1];
  const e2 = dt * E[2];
  const e3 = dt * E[3];
  const e4 = dt * E[4];
  const e5 = dt * E[5];
  const e6 = dt * E[6];
  for (let m = 0; m < n; m++) err[m] = k0[m] * e0 + k1[m] * e1 + k2[m] * e2 + k3[m] * e3 + k4[m] * e4 + k5[m] * e5 + k6[m] * e6;
  return 6;
}

/** `quarticFit` for dopri5 with the midpoint sum unrolled; bit-identical to the generic fit. */
export function dopri5Fit(w: RkWork, dt: number, y0: Float64Array, coef: Float64Array): void {
  const { n, k, yMid } = w;
  const k0 = k[0];
  const k1 = k[1];
  const k2 = k[2];
  const k3 = k[3];
  const k4 = k[4];
  const k5 = k[5];
  const k6 = k[6];
  const m0 = dt * M[0];
  const m1 = dt * M[1];
  const m2 = dt * M[2];
  const m3 = dt * M[3];
  const m4 = dt * M[4];
  const m5 = dt * M[5];
  const m6 = dt * M[6];
  for (let m = 0; m < n; m++) yMid[m] = y0[m] + (k0[m] * m0 + k1[m] * m1 + k2[m] * m2 + k3[m] * m3 + k4[m] * m4 + k5[m] * m5 + k6[m] * m6);
  quarticFromMid(w, dt, y0, coef);
}
