import { useEffect, useRef } from 'react';
import type { WarpPicture } from '../../nn/classify/warp';
import { fitBackingStore, scaleContext } from '../../render/canvas/backingStore';
import { drawWarp, statesAt } from '../../render/warp/drawWarp';
import { HALF, LINE_POINTS, type QueryLayout } from './queries';

const SIZE = 300;

function colours(el: Element) {
  const cs = getComputedStyle(el);
  const v = (name: string, fallback: string) => cs.getPropertyValue(name).trim() || fallback;
  return { class0: v('--accent', '#1d5fa8'), class1: v('--accent-2', '#c2410c'), grid: v('--muted', '#57606a'), ink: v('--ink', '#1b1f24'), bg: v('--panel', '#fff') };
}

/** One model's warped plane at fractional depth `depth`, drawn from its last computed picture. */
export function WarpCanvas({ picture, layout, labels, depth, label }: { picture: WarpPicture | null; layout: QueryLayout; labels: Float32Array; depth: number; label: string }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    scaleContext(ctx, fitBackingStore(canvas, SIZE, SIZE));
    const { rasterCount: R, gridCount: G, dataCount: D } = layout;
    const states = picture ? picture.states : [layout.all];
    const raster = statesAt(states, depth, 0, R);
    const grid = statesAt(states, depth, R, G);
    const points = statesAt(states, depth, R + G, D);
    let half = HALF;
    for (let i = 0; i < points.length; i++) half = Math.max(half, Math.abs(points[i]) * 1.1);
    drawWarp(
      ctx,
      SIZE,
      {
        raster,
        rasterProb: picture ? picture.prob.subarray(0, R) : new Float32Array(R).fill(0.5),
        cell: layout.cell,
        grid,
        lineLength: LINE_POINTS,
        points,
        labels,
        cut: picture && depth >= 0.999 ? { w: picture.w, b: picture.b } : undefined,
        half: Math.min(half, 12),
      },
      colours(canvas),
    );
  }, [picture, layout, labels, depth]);
  return <canvas ref={ref} role="img" aria-label={label} style={{ width: SIZE, height: SIZE, maxWidth: '100%', aspectRatio: '1' }} />;
}
