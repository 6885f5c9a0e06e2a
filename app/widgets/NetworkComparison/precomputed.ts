import { useEffect, useState } from 'react';
import type { ComparisonFile } from '../../nn/classify/comparisonSummary';
import type { NetworkComparisonStrings } from './strings';

export const PRECOMPUTED_URL = `${import.meta.env.BASE_URL}models/ch2/comparison.json`;

/** Fetches the precomputed comparison once the widget is first seen; `error` is why it failed (worded by the widget). */
export function usePrecomputed(active: boolean): { file: ComparisonFile | null; error: string | null } {
  const [state, setState] = useState<{ file: ComparisonFile | null; error: string | null }>({ file: null, error: null });
  useEffect(() => {
    if (!active) return;
    let live = true;
    fetch(PRECOMPUTED_URL)
      .then((r) => (r.ok ? (r.json() as Promise<ComparisonFile>) : Promise.reject(new Error(`HTTP ${r.status}`))))
      .then(
        (file) => live && setState({ file, error: null }),
        (e: unknown) => live && setState({ file: null, error: e instanceof Error ? e.message : String(e) }),
      );
    return () => {
      live = false;
    };
  }, [active]);
  return state;
}

/** What the reader needs beside the precomputed table: that it was precomputed, and with which settings. */
export function precomputedSummary(f: ComparisonFile, s: NetworkComparisonStrings): string {
  return s.precomputedSummary({ ...f, backend: f.backend.replace(/ in Node v[\d.]+/, '') });
}

/** How the precomputed table was made (script, command, Node version): for "About this figure". */
export function precomputedCaption(f: ComparisonFile, s: NetworkComparisonStrings): string {
  return s.precomputedBy(f.generatedBy, f.command, f);
}
