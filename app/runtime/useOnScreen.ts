import { useEffect, useState, type RefObject } from 'react';

/**
 * True while the element is (nearly) on screen. Widgets start when first seen and pause off screen
 * (Distill's d-figure). Where IntersectionObserver is missing, the element counts as visible. While the
 * page is being printed every element counts as on screen, so each figure computes its current state
 * and the printout shows it solved, never empty.
 */
export function useOnScreen(ref: RefObject<Element | null>, rootMargin = '200px'): boolean {
  const printing = usePrinting();
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
  return visible || printing;
}

/**
 * True once the element has been on screen; stays true (for one-time lazy starts). Printing counts as
 * seeing: on `beforeprint` every widget wakes, so the printed page shows each figure solved, not empty.
 */
export function useSeenOnce(ref: RefObject<Element | null>, rootMargin = '200px'): boolean {
  const visible = useOnScreen(ref, rootMargin);
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    if (visible) setSeen(true);
  }, [visible]);
  return seen || visible;
}

/** True between `beforeprint` and `afterprint` (or while print media match). */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const on = () => setPrinting(true);
    const off = () => setPrinting(false);
    const mq = typeof matchMedia === 'undefined' ? null : matchMedia('print');
    const onChange = (e: MediaQueryListEvent) => setPrinting(e.matches);
    window.addEventListener('beforeprint', on);
    window.addEventListener('afterprint', off);
    mq?.addEventListener('change', onChange);
    return () => {
      window.removeEventListener('beforeprint', on);
      window.removeEventListener('afterprint', off);
      mq?.removeEventListener('change', onChange);
    };
  }, []);
  return printing;
}
