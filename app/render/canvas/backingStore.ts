/**
 * Sharp canvases on high-density screens (DESIGN.md, Figures: Canvases). A canvas's backing store is
 * devicePixelRatio × its CSS size, so one CSS pixel gets ratio × ratio device pixels and nothing is
 * upscaled by the browser. Where a GPU budget needs a cap (a per-frame cost that grows with the pixel
 * count), the caller passes `maxRatio` and says so in its status line with `capNote`.
 *
 * Example: `const b = fitBackingStore(canvas, 300, 300); scaleContext(ctx, b); // draw in CSS pixels`
 */

/** How a canvas's backing store was sized. */
export interface BackingStore {
  /** Device pixels per CSS pixel actually used. */
  ratio: number;
  /** The screen's devicePixelRatio. */
  screen: number;
  /** True when `ratio` is below the screen's ratio because of `maxRatio`. */
  capped: boolean;
}

/** The screen's devicePixelRatio (1 outside a browser). */
export function screenRatio(): number {
  return typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
}

/**
 * Sets `canvas.width`/`height` to ratio × the CSS size, ratio = min(devicePixelRatio, maxRatio). Resizing
 * clears a canvas and resets a 2-D context's transform, so it writes the attributes only when they change.
 */
export function fitBackingStore(
  canvas: { width: number; height: number },
  cssWidth: number,
  cssHeight: number,
  options: { maxRatio?: number; screen?: number } = {},
): BackingStore {
  const screen = options.screen ?? screenRatio();
  const ratio = Math.min(screen, options.maxRatio ?? Infinity);
  const width = Math.max(1, Math.round(cssWidth * ratio));
  const height = Math.max(1, Math.round(cssHeight * ratio));
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  return { ratio, screen, capped: ratio < screen };
}

/**
 * Makes a 2-D context draw in CSS pixels on a store sized by `fitBackingStore`, or, with `cssPerUnit`, in
 * drawing units of that many CSS pixels each: a picture drawn in a fixed 300-unit square onto a canvas laid out
 * at 380 CSS px passes 380 / 300, so the store matches the layout while the drawing code keeps its units.
 */
export function scaleContext(
  ctx: { setTransform(a: number, b: number, c: number, d: number, e: number, f: number): void },
  store: BackingStore,
  cssPerUnit = 1,
): void {
  const k = store.ratio * cssPerUnit;
  ctx.setTransform(k, 0, 0, k, 0, 0);
}

/** The status-line sentence for a capped store, or '' when it is not capped. */
export function capNote(store: BackingStore | null, budget: string): string {
  if (!store?.capped) return '';
  const x = (r: number) => `${Number(r.toFixed(2))}×`;
  return `Drawn at ${x(store.ratio)} pixel density, below this screen's ${x(store.screen)}, to keep ${budget}.`;
}
