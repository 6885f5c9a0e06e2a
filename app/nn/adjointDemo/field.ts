/**
 * The small neural vector field chapter 4 differentiates, in plain float64 with its vector–Jacobian
 * products written out by hand, so the adjoint system of Algorithm 1 ([P] Chen et al. 2018, §2) can be
 * integrated by the project's own `odeint` and checked against finite differences.
 *
 * The field is a 2→H→2 tanh network, autonomous (no t input):
 *
 *   h = tanh(W1 z + b1),   f(z, θ) = W2 h + b2,   θ = [W1 (H×2, row-major), b1 (H), W2 (2×H, row-major), b2 (2)].
 *
 * Its vector–Jacobian products, for a row vector a (one "VJP" costs about one evaluation of f, [P] §2):
 *
 *   s = (W2ᵀ a) ⊙ (1 − h²)
 *   aᵀ ∂f/∂z  = W1ᵀ s
 *   aᵀ ∂f/∂W1 = s zᵀ,  aᵀ ∂f/∂b1 = s,  aᵀ ∂f/∂W2 = a hᵀ,  aᵀ ∂f/∂b2 = a.
 *
 * tanh is smooth and bounded with bounded derivative, so f is uniformly Lipschitz in z: the condition the
 * adjoint's derivation (and [P] Theorem 1) needs.
 */

export interface ParamField {
  /** State dimension D. */
  readonly dim: number;
  /** Number of parameters P. */
  readonly nParams: number;
  /** A short name per parameter, e.g. `W2[0,1]`. */
  readonly paramNames: readonly string[];
  /** Writes f(z, θ) into `out`. */
  f(z: Float64Array, theta: Float64Array, out: Float64Array): void;
  /** Writes aᵀ∂f/∂z into `outZ` and aᵀ∂f/∂θ into `outTheta`. */
  vjp(z: Float64Array, theta: Float64Array, a: Float64Array, outZ: Float64Array, outTheta: Float64Array): void;
}

/** A 2→H→2 tanh MLP field (see the module comment for the maths). Scratch buffers are owned per field. */
export function tanhMlpField(hidden: number): ParamField {
  const D = 2;
  const H = hidden;
  const iW1 = 0;
  const ib1 = H * D;
  const iW2 = ib1 + H;
  const ib2 = iW2 + D * H;
  const P = ib2 + D;
  const h = new Float64Array(H);
  const s = new Float64Array(H);
  const names: string[] = [];
  for (let j = 0; j < H; j++) for (let k = 0; k < D; k++) names.push(`W1[${j},${k}]`);
  for (let j = 0; j < H; j++) names.push(`b1[${j}]`);
  for (let i = 0; i < D; i++) for (let j = 0; j < H; j++) names.push(`W2[${i},${j}]`);
  for (let i = 0; i < D; i++) names.push(`b2[${i}]`);

  const hiddenLayer = (z: Float64Array, th: Float64Array) => {
    for (let j = 0; j < H; j++) {
      let u = th[ib1 + j];
      for (let k = 0; k < D; k++) u += th[iW1 + j * D + k] * z[k];
      h[j] = Math.tanh(u);
    }
  };

  return {
    dim: D,
    nParams: P,
    paramNames: names,
    f(z, th, out) {
      hiddenLayer(z, th);
      for (let i = 0; i < D; i++) {
        let v = th[ib2 + i];
        for (let j = 0; j < H; j++) v += th[iW2 + i * H + j] * h[j];
        out[i] = v;
      }
    },
    vjp(z, th, a, outZ, outTh) {
      hiddenLayer(z, th);
      for (let j = 0; j < H; j++) {
        let g = 0;
        for (let i = 0; i < D; i++) g += th[iW2 + i * H + j] * a[i];
        s[j] = g * (1 - h[j] * h[j]);
      }
      for (let k = 0; k < D; k++) {
        let v = 0;
        for (let j = 0; j < H; j++) v += th[iW1 + j * D + k] * s[j];
        outZ[k] = v;
      }
      for (let j = 0; j < H; j++) {
        for (let k = 0; k < D; k++) outTh[iW1 + j * D + k] = s[j] * z[k];
        outTh[ib1 + j] = s[j];
      }
      for (let i = 0; i < D; i++) {
        for (let j = 0; j < H; j++) outTh[iW2 + i * H + j] = a[i] * h[j];
        outTh[ib2 + i] = a[i];
      }
    },
  };
}

/**
 * The chapter's field: a 2→2→2 tanh network whose weights make a spiral, so a reader can see what the
 * adjoint does. W1 = I, b1 = 0, W2 = [[−k, −ω], [ω, −k]], b2 = 0, so near the origin f(z) ≈ W2 z, a spiral
 * that contracts at rate k and turns at angular speed ω; far out tanh saturates and the speed levels off.
 * The shape echoes torchdiffeq's ode_demo, whose true dynamics use the matrix [[−0.1, 2], [−2, −0.1]]
 * on y³ (fact sheet, "examples/ode_demo.py"); here the cube is a tanh so the field is a real network layer.
 */
export function spiralTheta(damping: number, omega = 2): Float64Array {
  //               W1          b1     W2                           b2
  return Float64Array.from([1, 0, 0, 1, 0, 0, -damping, -omega, omega, -damping, 0, 0]);
}

/** The spiral network above: 12 parameters. */
export const spiralField = (): ParamField => tanhMlpField(2);
