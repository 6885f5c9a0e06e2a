import { useEffect, useState, type RefObject } from 'react';

/**
 * The width in CSS pixels of an element, kept current with a ResizeObserver, so a plot can draw at its
 * real size (crisp text at phone width) instead of scaling a fixed viewBox. `fallback` serves the first
 * render and environments without ResizeObserver.
 */
export function useWidth(ref: RefObject<Element | null>, fallback = 640): number {
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const w = Math.round(el.getBoundingClientRect().width);
      if (w > 0) setWidth((prev) => (Math.abs(prev - w) >= 1 ? w : prev));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return width;
}
