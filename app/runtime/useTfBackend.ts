import { useEffect, useState } from 'react';
import { ensureTfBackend, type TfBackendInfo } from './tfBackend';

/** Starts tfjs once `active` (e.g. the widget is on screen) and returns the chosen backend or an error. */
export function useTfBackend(active = true): { info: TfBackendInfo | null; error: string | null } {
  const [info, setInfo] = useState<TfBackendInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!active) return;
    let live = true;
    ensureTfBackend().then(
      (i) => live && setInfo(i),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [active]);
  return { info, error };
}
