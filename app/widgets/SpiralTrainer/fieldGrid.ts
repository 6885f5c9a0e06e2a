/**
 * The vector fields drawn in the trainer: the learned f(y) = net(y³) and the true (y³)A on ode_demo's
 * `--viz` grid, 21×21 points on [−2, 2]² (`np.mgrid[-2:2:21j, -2:2:21j]`). Computed here, drawn by plots.tsx.
 */
import { mlpForward } from '../../nn/spiral/mlp';
import { trueField } from '../../nn/spiral/problem';

export const GRID_N = 21;
export const GRID_EXTENT = 2;

export interface FieldSample {
  x: Float64Array;
  y: Float64Array;
  learnedDx: Float64Array;
  learnedDy: Float64Array;
  trueDx: Float64Array;
  trueDy: Float64Array;
  /** Mean angle between learned and true arrows (radians), a one-number summary for the readout. */
  meanAngle: number;
}

export function sampleFields(params: Float64Array): FieldSample {
  const n = GRID_N * GRID_N;
  const pts = new Float64Array(2 * n);
  for (let i = 0; i < GRID_N; i++) {
    for (let j = 0; j < GRID_N; j++) {
      const k = i * GRID_N + j;
      pts[2 * k] = -GRID_EXTENT + (2 * GRID_EXTENT * i) / (GRID_N - 1);
      pts[2 * k + 1] = -GRID_EXTENT + (2 * GRID_EXTENT * j) / (GRID_N - 1);
    }
  }
  const learned = new Float64Array(2 * n), truth = new Float64Array(2 * n);
  mlpForward(params, pts, learned);
  trueField(0, pts, truth);
  const out: FieldSample = {
    x: new Float64Array(n),
    y: new Float64Array(n),
    learnedDx: new Float64Array(n),
    learnedDy: new Float64Array(n),
    trueDx: new Float64Array(n),
    trueDy: new Float64Array(n),
    meanAngle: 0,
  };
  let angle = 0, counted = 0;
  for (let k = 0; k < n; k++) {
    out.x[k] = pts[2 * k];
    out.y[k] = pts[2 * k + 1];
    out.learnedDx[k] = learned[2 * k];
    out.learnedDy[k] = learned[2 * k + 1];
    out.trueDx[k] = truth[2 * k];
    out.trueDy[k] = truth[2 * k + 1];
    const a = Math.hypot(learned[2 * k], learned[2 * k + 1]), b = Math.hypot(truth[2 * k], truth[2 * k + 1]);
    if (a > 0 && b > 0) {
      const c = (learned[2 * k] * truth[2 * k] + learned[2 * k + 1] * truth[2 * k + 1]) / (a * b);
      angle += Math.acos(Math.max(-1, Math.min(1, c)));
      counted++;
    }
  }
  out.meanAngle = counted ? angle / counted : 0;
  return out;
}
