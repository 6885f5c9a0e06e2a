/**
 * The points the plane-warp pictures push through each model, laid out in one array:
 * a RASTER × RASTER raster of cell centres, then GRID_LINES horizontal and GRID_LINES vertical lines of
 * LINE_POINTS points each, then the data points. All over the square [−HALF, HALF]².
 */
export const HALF = 2.6;
export const RASTER = 28;
export const GRID_LINES = 11;
export const LINE_POINTS = 41;

export interface QueryLayout {
  all: Float32Array;
  rasterCount: number;
  gridCount: number;
  dataCount: number;
  cell: number;
}

export function queryPoints(data: Float32Array): QueryLayout {
  const rasterCount = RASTER * RASTER;
  const gridCount = 2 * GRID_LINES * LINE_POINTS;
  const dataCount = data.length / 2;
  const all = new Float32Array(2 * (rasterCount + gridCount + dataCount));
  const cell = (2 * HALF) / RASTER;
  let j = 0;
  for (let r = 0; r < RASTER; r++)
    for (let c = 0; c < RASTER; c++) {
      all[j++] = -HALF + (c + 0.5) * cell;
      all[j++] = -HALF + (r + 0.5) * cell;
    }
  for (let dir = 0; dir < 2; dir++)
    for (let l = 0; l < GRID_LINES; l++) {
      const fixed = -HALF + (2 * HALF * l) / (GRID_LINES - 1);
      for (let k = 0; k < LINE_POINTS; k++) {
        const run = -HALF + (2 * HALF * k) / (LINE_POINTS - 1);
        all[j++] = dir === 0 ? run : fixed;
        all[j++] = dir === 0 ? fixed : run;
      }
    }
  all.set(data, j);
  return { all, rasterCount, gridCount, dataCount, cell };
}
