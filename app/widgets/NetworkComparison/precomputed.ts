import { useEffect, useState } from 'react';
import type { ComparisonFile } from '../../nn/classify/comparisonSummary';

export const PRECOMPUTED_URL = `${import.meta.env.BASE_URL}models/ch2/comparison.json`;

/** Fetches the precomputed comparison once the widget is first seen. */
export function usePrecomputed(active: boolean): { file: ComparisonFile | null; error: string | null } {
  const [state, setState] = useState<{ file: ComparisonFile | null; error: string | null }>({ file: null, error: null });
  useEffect(() => {
    if (!active) return;
    let live = true;
    fetch(PRECOMPUTED_URL)
      .then((r) => (r.ok ? (r.json() as Promise<ComparisonFile>) : Promise.reject(new Error(`HTTP ${r.status}`))))
      .then(
        (file) => live && setState({ file, error: null }),
        (e: unknown) => live && setState({ file: null, error: `The precomputed table could not be loaded (${e instanceof Error ? e.message : String(e)}).` }),
      );
    return () => {
      live = false;
    };
  }, [active]);
  return state;
}

export function precomputedCaption(f: ComparisonFile): string {
  return `Precomputed by ${f.generatedBy} (${f.command}): seed ${f.seed}, ${f.iterations} iterations of ${f.batch}, Adam lr ${f.lr}, tfjs ${f.backend}.`;
}
