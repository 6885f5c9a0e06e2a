/**
 * Samples the field on a grid for drawing: the slope field of a scalar ODE (a short tick of slope f(t, y)
 * at each grid point) or the vector field of a planar system (an arrow along (f, g) at time t0).
 * Compute only; `app/render/plot` draws the arrays.
 */
import type { Field } from '../../solver/types';
import type { Window } from '../../math/problems/presets';

export interface SampledField {
  xs: Float64Array;
  ys: Float64Array;
  /** Direction in data units. */
  dx: Float64Array;
  dy: Float64Array;
  /** Length of the vector (planar) or |slope| (scalar), for shading. */
  mag: Float64Array;
}

/**
 * @param nx, ny grid points across and up (cell centres).
 * @param t time at which a planar field is drawn (autonomous systems do not care).
 */
export function sampleField(f: Field, dim: 1 | 2, w: Window, nx: number, ny: number, t = 0): SampledField {
  const n = nx * ny;
  const out: SampledField = { xs: new Float64Array(n), ys: new Float64Array(n), dx: new Float64Array(n), dy: new Float64Array(n), mag: new Float64Array(n) };
  const y = new Float64Array(dim);
  const d = new Float64Array(dim);
  let k = 0;
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      const px = w.xMin + ((i + 0.5) * (w.xMax - w.xMin)) / nx;
      const py = w.yMin + ((j + 0.5) * (w.yMax - w.yMin)) / ny;
      out.xs[k] = px;
      out.ys[k] = py;
      if (dim === 1) {
        y[0] = py;
        f(px, y, d);
        out.dx[k] = 1;
        out.dy[k] = d[0];
        out.mag[k] = Math.abs(d[0]);
      } else {
        y[0] = px;
        y[1] = py;
        f(t, y, d);
        out.dx[k] = d[0];
        out.dy[k] = d[1];
        out.mag[k] = Math.hypot(d[0], d[1]);
      }
      if (!Number.isFinite(out.mag[k])) {
        out.dx[k] = NaN;
        out.dy[k] = NaN;
      }
      k++;
    }
  }
  return out;
}
