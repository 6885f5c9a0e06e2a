import { useEffect } from 'react';

/**
 * Creates a set of disposable resources (models in a worker, say) whenever `deps` change, hands them to
 * `onReady`, and disposes them when the deps change again or the component unmounts. A set that arrives
 * after it was already superseded is disposed at once, so nothing leaks when the reader changes a setting
 * mid-creation. `create` returns null while it cannot run yet (no engine).
 */
export function useDisposableSet<T extends { dispose(): void }>(
  create: (() => Promise<T[]>) | null,
  onReady: (items: T[]) => void,
  onError: (message: string) => void,
  onDisposed: (items: T[]) => void,
  deps: readonly unknown[],
): void {
  useEffect(() => {
    if (!create) return;
    let live = true;
    let made: T[] | null = null;
    create().then(
      (items) => {
        made = items;
        if (!live) {
          items.forEach((m) => m.dispose());
          return;
        }
        onReady(items);
      },
      (e: unknown) => live && onError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
      if (made) {
        made.forEach((m) => m.dispose());
        onDisposed(made);
      }
    };
    // The caller names what the set depends on; the callbacks are read when the set arrives.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
}
