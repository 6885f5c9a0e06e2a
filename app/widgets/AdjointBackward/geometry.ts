/**
 * Plane geometry shared by chapter 4's phase-plane drawings: an equal-aspect linear map from a data box to
 * an SVG box, and arrowheads. Pure functions of computed arrays (no solver here).
 */
import { formatNumber } from '../../render/plot';

export interface PlaneMap {
  x(v: number): number;
  y(v: number): number;
  /** Inverse maps, SVG units to data. */
  invX(px: number): number;
  invY(py: number): number;
  /** SVG units per data unit (same on both axes). */
  unit: number;
  width: number;
  height: number;
  /** Data box actually shown. */
  box: { x0: number; x1: number; y0: number; y1: number };
}

/** Fits the points (with padding) into width×height with equal scales on both axes. */
export function fitPlane(points: ArrayLike<number>[], width: number, height: number, pad = 0.12): PlaneMap {
  let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
  for (const p of points) {
    if (!Number.isFinite(p[0]) || !Number.isFinite(p[1])) continue;
    x0 = Math.min(x0, p[0]); x1 = Math.max(x1, p[0]);
    y0 = Math.min(y0, p[1]); y1 = Math.max(y1, p[1]);
  }
  if (!Number.isFinite(x0)) { x0 = -1; x1 = 1; y0 = -1; y1 = 1; }
  const span = Math.max(x1 - x0, y1 - y0, 1e-6) * (1 + 2 * pad);
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const unit = Math.min(width, height) / span;
  const hx = width / unit / 2;
  const hy = height / unit / 2;
  return {
    x: (v) => width / 2 + (v - cx) * unit,
    y: (v) => height / 2 - (v - cy) * unit,
    invX: (px) => cx + (px - width / 2) / unit,
    invY: (py) => cy - (py - height / 2) / unit,
    unit, width, height,
    box: { x0: cx - hx, x1: cx + hx, y0: cy - hy, y1: cy + hy },
  };
}

/** SVG path data of a polyline through mapped points. */
export function polyline(m: PlaneMap, pts: ArrayLike<number>[]): string {
  let d = '';
  for (const p of pts) {
    if (!Number.isFinite(p[0]) || !Number.isFinite(p[1])) continue;
    d += `${d ? 'L' : 'M'}${m.x(p[0]).toFixed(1)},${m.y(p[1]).toFixed(1)}`;
  }
  return d;
}

/** An arrow (shaft and head) from (x, y) along (dx, dy), all in SVG units. */
export function arrowPath(x: number, y: number, dx: number, dy: number, head = 5): string {
  const len = Math.hypot(dx, dy);
  if (len < 0.5) return '';
  const ux = dx / len;
  const uy = dy / len;
  const ex = x + dx;
  const ey = y + dy;
  const h = Math.min(head, len * 0.6);
  const lx = ex - h * ux + h * 0.5 * uy;
  const ly = ey - h * uy - h * 0.5 * ux;
  const rx = ex - h * ux - h * 0.5 * uy;
  const ry = ey - h * uy + h * 0.5 * ux;
  return `M${x.toFixed(1)},${y.toFixed(1)}L${ex.toFixed(1)},${ey.toFixed(1)}M${lx.toFixed(1)},${ly.toFixed(1)}L${ex.toFixed(1)},${ey.toFixed(1)}L${rx.toFixed(1)},${ry.toFixed(1)}`;
}

/** Compact number for readouts: the chart kit's one formatter (3 significant digits, m × 10ᵏ when tiny or huge). */
export function fmt(v: number, digits = 3): string {
  return formatNumber(v, digits);
}
