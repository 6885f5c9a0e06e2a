/**
 * Draws one frame of the plane warp on a 2-D canvas from computed arrays (compute first, then draw: nothing
 * here runs a model). Everything is in model coordinates; `half` is the half-width of the square shown.
 *
 * Layers, back to front: the raster of query points coloured by the class-1 probability the model gives
 * them (so at depth 0 it is the decision map of the input plane, and it moves with the flow), the warped
 * grid lines, the data points, and the cut w·h + b = 0 when `cut` is given.
 */

export interface WarpFrame {
  /** Interleaved (x, y) of the raster points at the shown depth, and their probabilities. */
  raster: Float32Array;
  rasterProb: Float32Array;
  /** Raster cell size in model units at depth 0 (squares are drawn this size). */
  cell: number;
  /** Grid lines: each a run of `lineLength` interleaved points inside `grid`. */
  grid: Float32Array;
  lineLength: number;
  /** Data points and their labels 0/1. */
  points: Float32Array;
  labels: Float32Array;
  cut?: { w: [number, number]; b: number };
  half: number;
}

export interface WarpColours {
  class0: string;
  class1: string;
  grid: string;
  ink: string;
  bg: string;
}

export function drawWarp(ctx: CanvasRenderingContext2D, size: number, f: WarpFrame, c: WarpColours): void {
  const s = size / (2 * f.half);
  const X = (x: number) => (x + f.half) * s;
  const Y = (y: number) => (f.half - y) * s;
  ctx.save();
  ctx.fillStyle = c.bg;
  ctx.fillRect(0, 0, size, size);
  const r = Math.max(1.5, (f.cell * s) / 2);
  for (let i = 0; i < f.rasterProb.length; i++) {
    const p = f.rasterProb[i];
    ctx.globalAlpha = 0.12 + 0.3 * Math.abs(2 * p - 1);
    ctx.fillStyle = p > 0.5 ? c.class1 : c.class0;
    ctx.fillRect(X(f.raster[2 * i]) - r, Y(f.raster[2 * i + 1]) - r, 2 * r, 2 * r);
  }
  ctx.globalAlpha = 0.55;
  ctx.strokeStyle = c.grid;
  ctx.lineWidth = 0.8;
  const lines = f.grid.length / (2 * f.lineLength);
  for (let l = 0; l < lines; l++) {
    ctx.beginPath();
    for (let k = 0; k < f.lineLength; k++) {
      const j = 2 * (l * f.lineLength + k);
      if (k === 0) ctx.moveTo(X(f.grid[j]), Y(f.grid[j + 1]));
      else ctx.lineTo(X(f.grid[j]), Y(f.grid[j + 1]));
    }
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
  ctx.lineWidth = 0.8;
  ctx.strokeStyle = c.bg;
  for (let i = 0; i < f.labels.length; i++) {
    ctx.fillStyle = f.labels[i] > 0.5 ? c.class1 : c.class0;
    ctx.beginPath();
    ctx.arc(X(f.points[2 * i]), Y(f.points[2 * i + 1]), 3, 0, 2 * Math.PI);
    ctx.fill();
    ctx.stroke();
  }
  if (f.cut) {
    const [a, b] = f.cut.w;
    const d = f.cut.b;
    // Two far points on a·x + b·y + d = 0, clipped by the canvas.
    const n = Math.hypot(a, b) || 1;
    const px = (-a * d) / (n * n);
    const py = (-b * d) / (n * n);
    const L = 4 * f.half;
    ctx.strokeStyle = c.ink;
    ctx.lineWidth = 2;
    ctx.setLineDash([6, 4]);
    ctx.beginPath();
    ctx.moveTo(X(px - (b / n) * L), Y(py + (a / n) * L));
    ctx.lineTo(X(px + (b / n) * L), Y(py - (a / n) * L));
    ctx.stroke();
    ctx.setLineDash([]);
  }
  ctx.restore();
}

/** Linear interpolation between snapshots k and k+1 of `states` at fractional depth `s` ∈ [0, 1]. */
export function statesAt(states: Float32Array[], s: number, from: number, count: number): Float32Array {
  const pos = Math.min(1, Math.max(0, s)) * (states.length - 1);
  const k = Math.min(states.length - 2, Math.floor(pos));
  const u = states.length === 1 ? 0 : pos - k;
  const a = states[Math.max(0, k)];
  const b = states[Math.min(states.length - 1, k + 1)];
  const out = new Float32Array(2 * count);
  for (let i = 0; i < 2 * count; i++) out[i] = (1 - u) * a[2 * from + i] + u * b[2 * from + i];
  return out;
}
