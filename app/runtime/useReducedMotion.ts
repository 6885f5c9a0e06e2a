import { useSyncExternalStore } from 'react';
import './reducedMotion.css';

/**
 * The reader's motion preference, in one place (DESIGN.md, Figures: Motion). True while the browser reports
 * `prefers-reduced-motion: reduce`; follows changes to the setting without a reload. Widgets that would move
 * by themselves (autoplay, sweeps, training that starts on screen) start paused when it is true, and move
 * only after the reader presses a control. On the server, and where matchMedia is missing, it is false.
 *
 * Media query: https://www.w3.org/TR/mediaqueries-5/#prefers-reduced-motion
 */
export const REDUCED_MOTION_QUERY = '(prefers-reduced-motion: reduce)';

function query(): MediaQueryList | null {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(REDUCED_MOTION_QUERY) : null;
}

function subscribe(onChange: () => void): () => void {
  const mq = query();
  if (!mq) return () => {};
  mq.addEventListener('change', onChange);
  return () => mq.removeEventListener('change', onChange);
}

/** Reads the preference now, outside React (for a one-off decision such as a widget's first state). */
export function prefersReducedMotion(): boolean {
  return query()?.matches ?? false;
}

export function useReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, prefersReducedMotion, () => false);
}
