/**
 * SVG path strings from computed points (compute first, then draw: nothing here evaluates a field or runs
 * a solver). One `<path>` per mark kind keeps a drag frame to a handful of DOM writes, however many steps
 * a solver took. Coordinates are clamped to ±LIMIT pixels so a blown-up solution (Euler on a stiff
 * problem reaches 1e12) still gives a path the browser can clip instead of an unrenderable one.
 */

export type Scale = (v: number) => number;

/** Farthest a coordinate may lie outside the plot, in pixels, before it is clamped. */
export const LIMIT = 1e5;

const clampPx = (v: number) => (Number.isNaN(v) ? 0 : v > LIMIT ? LIMIT : v < -LIMIT ? -LIMIT : v);
const fmt = (v: number) => clampPx(v).toFixed(1);

/** A polyline through (xs[i], ys[i]); non-finite points break the line. */
export function linePath(xs: ArrayLike<number>, ys: ArrayLike<number>, sx: Scale, sy: Scale): string {
  let d = '';
  let pen = false;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    const y = ys[i];
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${fmt(sx(x))},${fmt(sy(y))}`;
    pen = true;
  }
  return d;
}

/** Small circles of radius `r` px at each point, as one path (two arcs per circle). */
export function dotsPath(xs: ArrayLike<number>, ys: ArrayLike<number>, sx: Scale, sy: Scale, r: number): string {
  let d = '';
  for (let i = 0; i < xs.length; i++) {
    if (!Number.isFinite(xs[i]) || !Number.isFinite(ys[i])) continue;
    const cx = clampPx(sx(xs[i]));
    const cy = clampPx(sy(ys[i]));
    d += `M${(cx - r).toFixed(1)},${cy.toFixed(1)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
  }
  return d;
}

/**
 * Points as zero-length segments (`M x,y h0`): drawn with `stroke-linecap: round` and a stroke width equal
 * to the dot's diameter they are round dots, at a fraction of the cost of arcs for thousands of points.
 */
export function pointsPath(xs: ArrayLike<number>, ys: ArrayLike<number>, sx: Scale, sy: Scale): string {
  const parts: string[] = [];
  for (let i = 0; i < xs.length; i++) {
    if (!Number.isFinite(xs[i]) || !Number.isFinite(ys[i])) continue;
    parts.push(`M${fmt(sx(xs[i]))},${fmt(sy(ys[i]))}h0`);
  }
  return parts.join('');
}

/** Crosses (×) of half-size `r` px at each point: the mark for rejected steps. */
export function crossesPath(xs: ArrayLike<number>, ys: ArrayLike<number>, sx: Scale, sy: Scale, r: number): string {
  let d = '';
  for (let i = 0; i < xs.length; i++) {
    if (!Number.isFinite(xs[i]) || !Number.isFinite(ys[i])) continue;
    const cx = clampPx(sx(xs[i]));
    const cy = clampPx(sy(ys[i]));
    d += `M${(cx - r).toFixed(1)},${(cy - r).toFixed(1)}l${2 * r},${2 * r}M${(cx - r).toFixed(1)},${(cy + r).toFixed(1)}l${2 * r},${-2 * r}`;
  }
  return d;
}

/**
 * Line segments centred on (xs[i], ys[i]) along the directions (dx[i], dy[i]) given in data units; each is
 * drawn `len` px long on screen whatever the aspect ratio (a slope field's short ticks).
 * With `arrow`, each gets a small arrow head (a vector field).
 */
export function segmentsPath(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  dx: ArrayLike<number>,
  dy: ArrayLike<number>,
  sx: Scale,
  sy: Scale,
  len: number | ArrayLike<number>,
  arrow = false,
): string {
  let d = '';
  const ox = sx(0);
  const oy = sy(0);
  for (let i = 0; i < xs.length; i++) {
    // Direction in pixels: the scales are affine, so map a data vector through them minus the origin.
    let px = sx(dx[i]) - ox;
    let py = sy(dy[i]) - oy;
    const n = Math.hypot(px, py);
    if (!Number.isFinite(n) || n === 0) continue;
    const l = typeof len === 'number' ? len : len[i];
    px = (px / n) * (l / 2);
    py = (py / n) * (l / 2);
    const cx = sx(xs[i]);
    const cy = sy(ys[i]);
    d += `M${(cx - px).toFixed(1)},${(cy - py).toFixed(1)}L${(cx + px).toFixed(1)},${(cy + py).toFixed(1)}`;
    if (arrow) {
      // Head: two strokes back from the tip at ±25°, a third of the shaft long.
      const hx = -px * 0.6;
      const hy = -py * 0.6;
      const c = Math.cos(0.45);
      const s = Math.sin(0.45);
      d += `l${(hx * c - hy * s).toFixed(1)},${(hx * s + hy * c).toFixed(1)}M${(cx + px).toFixed(1)},${(cy + py).toFixed(1)}l${(hx * c + hy * s).toFixed(1)},${(-hx * s + hy * c).toFixed(1)}`;
    }
  }
  return d;
}

/** Vertical stems from `base` (a data y) up to each point: the step-size strip's bars. */
export function stemsPath(xs: ArrayLike<number>, ys: ArrayLike<number>, sx: Scale, sy: Scale, base: number): string {
  let d = '';
  const b = clampPx(sy(base)).toFixed(1);
  for (let i = 0; i < xs.length; i++) {
    if (!Number.isFinite(xs[i]) || !Number.isFinite(ys[i])) continue;
    d += `M${fmt(sx(xs[i]))},${b}V${fmt(sy(ys[i]))}`;
  }
  return d;
}
