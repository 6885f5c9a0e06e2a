/**
 * ode_demo's `ODEFunc` in plain float64 TypeScript: f(y) = W2·tanh(W1·y³ + b1) + b2, a 2→50→2 network applied
 * to the elementwise cube of the state (torchdiffeq examples/ode_demo.py, `ODEFunc.forward` returns
 * `self.net(y**3)`). The field is autonomous: t is ignored, as in the demo.
 *
 * Parameters live in one Float64Array of 252 numbers, in torch's `func.parameters()` order and layout:
 * W1 (50×2, row-major [out][in]), b1 (50), W2 (2×50), b2 (2). A batch of B samples is a flat array of
 * length 2B (sample-major), i.e. ode_demo's (B, 1, 2) tensor flattened.
 */
import type { Rng } from '../../math/rng';

export const HIDDEN = 50;
export const DIM = 2;
export const OFF_W1 = 0;
export const OFF_B1 = OFF_W1 + HIDDEN * DIM;
export const OFF_W2 = OFF_B1 + HIDDEN;
export const OFF_B2 = OFF_W2 + DIM * HIDDEN;
export const N_PARAMS = OFF_B2 + DIM; // 252
/** Parameter tensors as torch lists them, [start, end) into the flat vector (for the adjoint's mixed norm). */
export const PARAM_GROUPS: readonly [number, number][] = [
  [OFF_W1, OFF_B1],
  [OFF_B1, OFF_W2],
  [OFF_W2, OFF_B2],
  [OFF_B2, N_PARAMS],
];

/** ode_demo's initialisation: weights N(0, 0.1²) (`nn.init.normal_(m.weight, mean=0, std=0.1)`), biases 0. */
export function initParams(rng: Rng): Float64Array {
  const p = new Float64Array(N_PARAMS);
  for (let i = OFF_W1; i < OFF_B1; i++) p[i] = 0.1 * rng.normal();
  for (let i = OFF_W2; i < OFF_B2; i++) p[i] = 0.1 * rng.normal();
  return p;
}

/** Writes f(y) for every sample of the flat batch `y` into `out` (same length). */
export function mlpForward(p: Float64Array, y: Float64Array, out: Float64Array): void {
  const n = y.length >> 1;
  for (let s = 0; s < n; s++) {
    const x0 = y[2 * s], x1 = y[2 * s + 1];
    const u0 = x0 * x0 * x0, u1 = x1 * x1 * x1;
    let o0 = p[OFF_B2], o1 = p[OFF_B2 + 1];
    for (let h = 0; h < HIDDEN; h++) {
      const a = Math.tanh(p[OFF_W1 + 2 * h] * u0 + p[OFF_W1 + 2 * h + 1] * u1 + p[OFF_B1 + h]);
      o0 += p[OFF_W2 + h] * a;
      o1 += p[OFF_W2 + HIDDEN + h] * a;
    }
    out[2 * s] = o0;
    out[2 * s + 1] = o1;
  }
}

/**
 * Vector–Jacobian products at the batch `y` with cotangent `a` (same shape): adds aᵀ∂f/∂θ, summed over the
 * batch, into `gp` (252), and writes aᵀ∂f/∂y into `gy` (per sample; may be null). When `fOut` is given,
 * f(y) is written there too (the adjoint needs both, at the cost of one forward pass).
 *
 * Chain: u = y³, z = W1u + b1, h = tanh z, f = W2h + b2 ⇒ h̄ = W2ᵀa, z̄ = h̄(1−h²), ū = W1ᵀz̄, ȳ = 3y²ū;
 * W̄2 += a hᵀ, b̄2 += a, W̄1 += z̄ uᵀ, b̄1 += z̄.
 */
export function mlpVjp(p: Float64Array, y: Float64Array, a: Float64Array, gp: Float64Array, gy: Float64Array | null, fOut?: Float64Array): void {
  const n = y.length >> 1;
  for (let s = 0; s < n; s++) {
    const x0 = y[2 * s], x1 = y[2 * s + 1];
    const a0 = a[2 * s], a1 = a[2 * s + 1];
    const u0 = x0 * x0 * x0, u1 = x1 * x1 * x1;
    let ub0 = 0, ub1 = 0, o0 = p[OFF_B2], o1 = p[OFF_B2 + 1];
    for (let h = 0; h < HIDDEN; h++) {
      const w10 = p[OFF_W1 + 2 * h], w11 = p[OFF_W1 + 2 * h + 1];
      const hv = Math.tanh(w10 * u0 + w11 * u1 + p[OFF_B1 + h]);
      const w20 = p[OFF_W2 + h], w21 = p[OFF_W2 + HIDDEN + h];
      o0 += w20 * hv;
      o1 += w21 * hv;
      gp[OFF_W2 + h] += a0 * hv;
      gp[OFF_W2 + HIDDEN + h] += a1 * hv;
      const zb = (w20 * a0 + w21 * a1) * (1 - hv * hv);
      gp[OFF_W1 + 2 * h] += zb * u0;
      gp[OFF_W1 + 2 * h + 1] += zb * u1;
      gp[OFF_B1 + h] += zb;
      ub0 += w10 * zb;
      ub1 += w11 * zb;
    }
    gp[OFF_B2] += a0;
    gp[OFF_B2 + 1] += a1;
    if (gy) {
      gy[2 * s] = 3 * x0 * x0 * ub0;
      gy[2 * s + 1] = 3 * x1 * x1 * ub1;
    }
    if (fOut) {
      fOut[2 * s] = o0;
      fOut[2 * s + 1] = o1;
    }
  }
}
