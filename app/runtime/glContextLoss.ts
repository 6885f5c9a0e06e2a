/**
 * WebGL context loss, handled in one place for every WebGL program on the site (regl's lesson, STYLE.md).
 *
 * A browser may take a page's GPU context back at any time (driver reset, too many contexts, a tab in the
 * background on a phone). It fires `webglcontextlost` on the canvas; every GL call then silently does nothing,
 * so a view that ignores the event goes blank while claiming to run. Calling `preventDefault()` on that event
 * tells the browser the page can rebuild, which makes `webglcontextrestored` possible later (WebGL 1.0 spec,
 * §5.15.2 "The Context Lost Event"); all GPU resources are gone by then and must be made again.
 *
 * `watchContextLoss` does exactly that and reports to the owner of the program: `lost` (stop drawing, say so,
 * fall back), `restored` (rebuild), and, if the browser has not restored the context `waitMs` after losing it,
 * `gaveUp` (stay on the fallback for good). Returns the function that stops watching.
 */

/** How long a lost context is waited for before the owner falls back for good (browsers restore within ~1 s). */
export const CONTEXT_RESTORE_WAIT_MS = 3000;

export interface ContextLossHandlers {
  lost(): void;
  /** Absent: the owner never rebuilds on this canvas (it has already fallen back). */
  restored?(): void;
  gaveUp?(): void;
}

export function watchContextLoss(canvas: HTMLCanvasElement | OffscreenCanvas, on: ContextLossHandlers, waitMs = CONTEXT_RESTORE_WAIT_MS): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const clear = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  const onLost = (e: Event) => {
    e.preventDefault();
    on.lost();
    clear();
    if (on.gaveUp) timer = setTimeout(() => on.gaveUp?.(), waitMs);
  };
  const onRestored = () => {
    clear();
    on.restored?.();
  };
  canvas.addEventListener('webglcontextlost', onLost);
  canvas.addEventListener('webglcontextrestored', onRestored);
  return () => {
    clear();
    canvas.removeEventListener('webglcontextlost', onLost);
    canvas.removeEventListener('webglcontextrestored', onRestored);
  };
}
