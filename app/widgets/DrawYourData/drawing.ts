/**
 * The points of a drawing: each pointer sample adds a small seeded cloud around itself (6 points where a
 * stroke starts, 3 along it; standard deviation 0.1), so a stroke becomes a band of data rather than a line.
 * The jitter's seed is the sample's grid cell and how many points came before it, so the same samples (from
 * the URL, app/state/drawnPoints.ts) always give the same points.
 */
import { mulberry32 } from '../../math/rng';
import { fromGrid, type DrawnSample } from '../../state/drawnPoints';

/** Jitter around each pointer sample, in plane units. */
export const DRAW_JITTER = 0.1;

export function drawingPoints(samples: readonly DrawnSample[], extent: number): Float32Array {
  const counts = samples.map((s) => (s.first ? 6 : 3));
  const out = new Float32Array(2 * counts.reduce((a, b) => a + b, 0));
  let n = 0;
  samples.forEach((s, i) => {
    const x = fromGrid(s.qx, extent);
    const y = fromGrid(s.qy, extent);
    const rng = mulberry32((n * 7919 + s.qx * 31 + s.qy) >>> 0);
    for (let j = 0; j < counts[i]; j++) {
      out[2 * n] = x + DRAW_JITTER * rng.normal();
      out[2 * n + 1] = y + DRAW_JITTER * rng.normal();
      n++;
    }
  });
  return out;
}
