import { useEffect, useState, type RefObject } from 'react';

/**
 * True while the element is (nearly) on screen. Widgets start when first seen and pause off screen
 * (Distill's d-figure). Where IntersectionObserver is missing, the element counts as visible.
 */
export function useOnScreen(ref: RefObject<Element | null>, rootMargin = '200px'): boolean {
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (typeof IntersectionObserver === 'undefined') {
      setVisible(true);
      return;
    }
    const io = new IntersectionObserver((entries) => setVisible(entries.some((e) => e.isIntersecting)), { rootMargin });
    io.observe(el);
    return () => io.disconnect();
  }, [ref, rootMargin]);
  return visible;
}

/** True once the element has been on screen; stays true (for one-time lazy starts). */
export function useSeenOnce(ref: RefObject<Element | null>, rootMargin = '200px'): boolean {
  const visible = useOnScreen(ref, rootMargin);
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    if (visible) setSeen(true);
  }, [visible]);
  return seen || visible;
}
