/**
 * torch.optim.RMSprop with its defaults as ode_demo uses them (lr 1e-3, alpha 0.99, eps 1e-8, no momentum,
 * not centred, no weight decay): v ← αv + (1−α)g², θ ← θ − lr·g/(√v + eps). eps is added outside the
 * square root and there is no bias correction, so the first update is ≈ lr·g/(0.1·|g|) = 0.01·sign(g).
 */
export interface RmsProp {
  lr: number;
  alpha: number;
  eps: number;
  squareAvg: Float64Array;
}

export function createRmsProp(n: number, lr = 1e-3, alpha = 0.99, eps = 1e-8): RmsProp {
  return { lr, alpha, eps, squareAvg: new Float64Array(n) };
}

export function rmspropStep(opt: RmsProp, params: Float64Array, grad: Float64Array): void {
  const { lr, alpha, eps, squareAvg: v } = opt;
  for (let i = 0; i < params.length; i++) {
    v[i] = alpha * v[i] + (1 - alpha) * grad[i] * grad[i];
    params[i] -= (lr * grad[i]) / (Math.sqrt(v[i]) + eps);
  }
}
