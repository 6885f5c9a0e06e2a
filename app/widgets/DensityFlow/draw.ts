/**
 * Draws one density frame and the particles on a 2-D canvas. Takes computed arrays only (compute first,
 * then draw): log p per pixel, particle states, the picked particle's path.
 */
import { interpolateInferno, rgb } from 'd3';

/** 256 RGB entries of the inferno map, built once per call site and reused. */
export function infernoLut(): Uint8ClampedArray {
  const lut = new Uint8ClampedArray(256 * 3);
  for (let i = 0; i < 256; i++) {
    const c = rgb(interpolateInferno(i / 255));
    lut.set([c.r, c.g, c.b], 3 * i);
  }
  return lut;
}

/** Density p = exp(log p) scaled by the frame's maximum, coloured; returns an ImageData-ready buffer. */
export function heatPixels(logp: Float32Array, lut: Uint8ClampedArray): Uint8ClampedArray<ArrayBuffer> {
  let max = -Infinity;
  for (let i = 0; i < logp.length; i++) if (logp[i] > max) max = logp[i];
  const px = new Uint8ClampedArray(new ArrayBuffer(4 * logp.length));
  for (let i = 0; i < logp.length; i++) {
    const v = Number.isFinite(logp[i]) ? Math.exp(logp[i] - max) : 0;
    const k = Math.min(255, Math.max(0, Math.round(255 * v)));
    px[4 * i] = lut[3 * k];
    px[4 * i + 1] = lut[3 * k + 1];
    px[4 * i + 2] = lut[3 * k + 2];
    px[4 * i + 3] = 255;
  }
  return px;
}

export interface DrawInput {
  size: number;
  extent: number;
  heat: Uint8ClampedArray<ArrayBuffer> | null;
  /** [x, y, A] × P at the shown time (interpolated between steps). */
  particles: Float32Array | null;
  picked: number;
  /** The picked particle's positions at t_0 … t_k (x, y pairs). */
  path: number[];
}

export function drawFlow(ctx: CanvasRenderingContext2D, scratch: HTMLCanvasElement, d: DrawInput): void {
  // In CSS pixels: the context may be scaled to a high-density backing store.
  const { a: sx0, d: sy0 } = ctx.getTransform();
  const W = ctx.canvas.width / sx0;
  const H = ctx.canvas.height / sy0;
  ctx.fillStyle = '#000004';
  ctx.fillRect(0, 0, W, H);
  if (d.heat) {
    scratch.width = d.size;
    scratch.height = d.size;
    scratch.getContext('2d')?.putImageData(new ImageData(d.heat, d.size, d.size), 0, 0);
    ctx.imageSmoothingEnabled = true;
    ctx.drawImage(scratch, 0, 0, W, H);
  }
  const sx = (x: number) => ((x + d.extent) / (2 * d.extent)) * W;
  const sy = (y: number) => ((d.extent - y) / (2 * d.extent)) * H;
  if (d.particles) {
    ctx.fillStyle = 'rgba(120, 220, 255, 0.85)';
    const P = d.particles.length / 3;
    for (let i = 0; i < P; i++) {
      ctx.beginPath();
      ctx.arc(sx(d.particles[3 * i]), sy(d.particles[3 * i + 1]), 2, 0, 2 * Math.PI);
      ctx.fill();
    }
    if (d.path.length >= 2) {
      ctx.strokeStyle = '#ffffff';
      ctx.lineWidth = 1.5;
      ctx.beginPath();
      ctx.moveTo(sx(d.path[0]), sy(d.path[1]));
      for (let k = 2; k < d.path.length; k += 2) ctx.lineTo(sx(d.path[k]), sy(d.path[k + 1]));
      ctx.stroke();
    }
    const i = d.picked;
    if (i >= 0 && i < P) {
      ctx.strokeStyle = '#ffffff';
      ctx.lineWidth = 2;
      ctx.beginPath();
      ctx.arc(sx(d.particles[3 * i]), sy(d.particles[3 * i + 1]), 6, 0, 2 * Math.PI);
      ctx.stroke();
    }
  }
}
