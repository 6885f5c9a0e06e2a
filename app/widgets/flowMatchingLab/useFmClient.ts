/**
 * Starts chapter 6's worker once the widget has been on screen, and ends it when the widget goes away.
 * Returns the client, or why it could not start (the caller words it for the reader, in their language).
 */
import { useEffect, useState } from 'react';
import { startFmWorker, type FmClient } from './protocol';

export function useFmClient(active: boolean): { client: FmClient | null; error: string | null } {
  const [state, setState] = useState<{ client: FmClient | null; error: string | null }>({ client: null, error: null });
  useEffect(() => {
    if (!active) return;
    let alive = true;
    let client: FmClient | null = null;
    startFmWorker().then(
      (c) => {
        client = c;
        if (alive) setState({ client: c, error: null });
        else c.terminate();
      },
      (e: unknown) => alive && setState({ client: null, error: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      alive = false;
      client?.terminate();
    };
  }, [active]);
  return state;
}
