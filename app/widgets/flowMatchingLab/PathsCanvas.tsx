/**
 * A square view of the plane: data points (faint), each sample's path from t = 0 up to the time `t`, and
 * the samples at `t`. Paths come computed (dopri5 dense output at evenly spaced times); between output
 * times a sample's position is interpolated linearly. Draws at devicePixelRatio (render/canvas/backingStore).
 * Pointer handlers, when given, receive plane coordinates (for drawing data). Axes come from the chart kit
 * around it (PlanePanel).
 */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { SampledPaths } from '../../nn/flowMatching/sample';
import { fitBackingStore, scaleContext } from '../../render/canvas/backingStore';

export interface PathsCanvasProps {
  data: ArrayLike<number> | null;
  paths: Pick<SampledPaths, 'paths' | 'times'> | null;
  t: number;
  /** Half-width of the window [−extent, extent]². */
  extent: number;
  size: number;
  label: string;
  /** Called with plane coordinates while the pointer is down (drawing). */
  onDraw?: (x: number, y: number, first: boolean) => void;
  onDrawEnd?: () => void;
  onKeyDown?: (e: KeyboardEvent<HTMLCanvasElement>) => void;
  tabIndex?: number;
}

/** Linear interpolation of one path at time t on evenly spaced output times. */
function at(paths: Float32Array, T: number, k: number, t: number): [number, number] {
  const s = Math.max(0, Math.min(1, t)) * (T - 1);
  const i = Math.min(T - 2, Math.floor(s));
  const f = s - i;
  const a = 2 * (k * T + i);
  return [paths[a] * (1 - f) + paths[a + 2] * f, paths[a + 1] * (1 - f) + paths[a + 3] * f];
}

export function PathsCanvas({ data, paths, t, extent, size, label, onDraw, onDrawEnd, onKeyDown, tabIndex }: PathsCanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  useEffect(() => {
    const c = ref.current;
    const ctx = c?.getContext('2d');
    if (!c || !ctx) return;
    scaleContext(ctx, fitBackingStore(c, size, size));
    const style = getComputedStyle(c);
    const ink = style.getPropertyValue('--ink').trim() || '#222';
    const accent = style.getPropertyValue('--accent').trim() || '#c0392b';
    const muted = style.getPropertyValue('--muted').trim() || '#888';
    ctx.clearRect(0, 0, size, size);
    const sx = (x: number) => ((x + extent) / (2 * extent)) * size;
    const sy = (y: number) => ((extent - y) / (2 * extent)) * size;
    if (data) {
      ctx.fillStyle = muted;
      ctx.globalAlpha = 0.55;
      const n = Math.min(data.length / 2, 1500);
      for (let i = 0; i < n; i++) ctx.fillRect(sx(data[2 * i]) - 1.25, sy(data[2 * i + 1]) - 1.25, 2.5, 2.5);
      ctx.globalAlpha = 1;
    }
    if (paths) {
      const T = paths.times.length;
      const n = paths.paths.length / (2 * T);
      ctx.strokeStyle = ink;
      ctx.globalAlpha = 0.3;
      ctx.lineWidth = 0.8;
      for (let k = 0; k < n; k++) {
        ctx.beginPath();
        const steps = Math.ceil(t * (T - 1));
        for (let i = 0; i <= steps; i++) {
          const [x, y] = i === steps ? at(paths.paths, T, k, t) : [paths.paths[2 * (k * T + i)], paths.paths[2 * (k * T + i) + 1]];
          if (i === 0) ctx.moveTo(sx(x), sy(y));
          else ctx.lineTo(sx(x), sy(y));
        }
        ctx.stroke();
      }
      ctx.globalAlpha = 1;
      ctx.fillStyle = accent;
      for (let k = 0; k < n; k++) {
        const [x, y] = at(paths.paths, T, k, t);
        ctx.beginPath();
        ctx.arc(sx(x), sy(y), 2.2, 0, 2 * Math.PI);
        ctx.fill();
      }
    }
  }, [data, paths, t, extent, size]);

  const toPlane = (e: React.PointerEvent<HTMLCanvasElement>): [number, number] => {
    const r = e.currentTarget.getBoundingClientRect();
    return [((e.clientX - r.left) / r.width) * 2 * extent - extent, extent - ((e.clientY - r.top) / r.height) * 2 * extent];
  };
  const end = () => {
    if (!drawing.current) return;
    drawing.current = false;
    onDrawEnd?.();
  };
  return (
    <canvas
      ref={ref}
      role="img"
      aria-label={label}
      tabIndex={tabIndex}
      onKeyDown={onKeyDown}
      style={{ width: size, height: size, maxWidth: '100%', aspectRatio: '1', touchAction: onDraw ? 'none' : 'auto', cursor: onDraw ? 'crosshair' : 'default' }}
      onPointerDown={(e) => {
        if (!onDraw) return;
        drawing.current = true;
        e.currentTarget.setPointerCapture(e.pointerId);
        onDraw(...toPlane(e), true);
      }}
      onPointerMove={(e) => drawing.current && onDraw?.(...toPlane(e), false)}
      onPointerUp={end}
      onPointerCancel={end}
    />
  );
}
