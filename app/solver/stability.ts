/**
 * Linear stability of a fixed step: why an explicit method's numbers can explode while the exact solution
 * decays. Near a point, dy/dt ≈ J·(y − y*) with J the field's Jacobian; along an eigenvector with
 * eigenvalue λ one step of an explicit Runge–Kutta method multiplies the deviation by R(hλ), the method's
 * stability function (Hairer & Wanner, Solving ODEs II, §IV.2). For Euler R(z) = 1 + z, so the step is
 * stable only while |1 + hλ| ≤ 1. R comes from the method's own tableau (tableaux.ts), never hard-coded:
 * the stage values of y' = λy are Y_i = 1 + z·Σ_j a_ij·Y_j and R(z) = 1 + z·Σ_i b_i·Y_i.
 */
import type { Field } from './types.ts';
import type { Tableau } from './tableaux.ts';

export interface Complex {
  re: number;
  im: number;
}

/** |R(z)| of an explicit tableau at complex z = hλ (complex arithmetic on the stage recursion above). */
export function stabilityFactor(tab: Tableau, z: Complex): number {
  const s = tab.cSol.length;
  const Y: Complex[] = [{ re: 1, im: 0 }];
  for (let i = 1; i < s; i++) {
    let re = 0;
    let im = 0;
    const row = tab.beta[i - 1];
    for (let j = 0; j < row.length; j++) {
      re += row[j] * Y[j].re;
      im += row[j] * Y[j].im;
    }
    // 1 + z·(re + i·im)
    Y.push({ re: 1 + z.re * re - z.im * im, im: z.re * im + z.im * re });
  }
  let re = 0;
  let im = 0;
  for (let i = 0; i < s; i++) {
    re += tab.cSol[i] * Y[i].re;
    im += tab.cSol[i] * Y[i].im;
  }
  return Math.hypot(1 + z.re * re - z.im * im, z.re * im + z.im * re);
}

/**
 * The eigenvalues of the field's Jacobian ∂f/∂y at (t, y), by central finite differences with step
 * δ_m = √ε·max(1, |y_m|) (ε = 2^-52; the usual choice balancing truncation against rounding). Handles the
 * scalar (1×1) and planar (2×2) systems of the playground; other sizes return an empty list.
 */
export function jacobianEigenvalues(f: Field, t: number, y: ArrayLike<number>): Complex[] {
  const n = y.length;
  if (n !== 1 && n !== 2) return [];
  const J: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const yp = Float64Array.from(y);
  const ym = Float64Array.from(y);
  const fp = new Float64Array(n);
  const fm = new Float64Array(n);
  for (let c = 0; c < n; c++) {
    const d = Math.sqrt(2 ** -52) * Math.max(1, Math.abs(y[c]));
    yp.set(y as ArrayLike<number>);
    ym.set(y as ArrayLike<number>);
    yp[c] += d;
    ym[c] -= d;
    f(t, yp, fp);
    f(t, ym, fm);
    for (let r = 0; r < n; r++) J[r][c] = (fp[r] - fm[r]) / (2 * d);
  }
  if (n === 1) return [{ re: J[0][0], im: 0 }];
  const tr = J[0][0] + J[1][1];
  const det = J[0][0] * J[1][1] - J[0][1] * J[1][0];
  const disc = (tr * tr) / 4 - det;
  if (disc >= 0) {
    const r = Math.sqrt(disc);
    return [{ re: tr / 2 + r, im: 0 }, { re: tr / 2 - r, im: 0 }];
  }
  const r = Math.sqrt(-disc);
  return [{ re: tr / 2, im: r }, { re: tr / 2, im: -r }];
}

export interface Instability {
  /** Where the linearisation was taken. */
  t: number;
  y: number[];
  /** The eigenvalue whose step factor is largest, and that factor |R(hλ)| (> 1). */
  lambda: Complex;
  factor: number;
}

/**
 * The first point of a fixed-step solution where the step is numerically unstable although the field there
 * is locally contracting: some eigenvalue λ has Re λ < 0 (the exact solution's deviations decay) but
 * |R(hλ)| > 1 (the method's grow). Null if no point qualifies: then any growth is the equation's own.
 * `ts`/`ys` are the accepted step points; at most `maxPoints` of them are examined, spread evenly.
 */
export function findInstability(f: Field, tab: Tableau, h: number, ts: readonly number[], ys: readonly (readonly number[])[], maxPoints = 64): Instability | null {
  const stride = Math.max(1, Math.ceil(ts.length / maxPoints));
  for (let k = 0; k < ts.length; k += stride) {
    const y = ys[k];
    if (!y.every(Number.isFinite)) break;
    let worst: { lambda: Complex; factor: number } | null = null;
    for (const lambda of jacobianEigenvalues(f, ts[k], y)) {
      if (!(lambda.re < 0)) continue;
      const factor = stabilityFactor(tab, { re: h * lambda.re, im: h * lambda.im });
      if (factor > 1 && (!worst || factor > worst.factor)) worst = { lambda, factor };
    }
    if (worst) return { t: ts[k], y: [...y], ...worst };
  }
  return null;
}
