import { useEffect, useState } from 'react';

/**
 * Runs `jobs` one per animation frame while `active`, so a series of solves never blocks the page for
 * long; restarts when `key` changes. Returns the results so far (in job order).
 */
export function useSeries<T>(key: string, jobs: (() => T)[], active: boolean): T[] {
  const [state, setState] = useState<{ key: string; results: T[] }>({ key, results: [] });
  const results = state.key === key ? state.results : [];
  const done = results.length;
  useEffect(() => {
    if (!active || done >= jobs.length) return;
    const id = requestAnimationFrame(() => {
      const r = jobs[done]();
      setState((s) => (s.key === key ? { key, results: [...s.results, r] } : { key, results: [r] }));
    });
    return () => cancelAnimationFrame(id);
  }, [key, done, active, jobs]);
  return results;
}
