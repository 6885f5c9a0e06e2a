import { useRef } from 'react';
import { useFrameLoop } from './useFrameLoop';

/**
 * Runs one asynchronous task per animation frame while `running`: a task starts only when the previous one
 * has finished, so training never queues up, and each task is one short piece of work (one training
 * iteration, or one picture) with at most one read-back. Errors go to `onError`, and the loop keeps going
 * only if the task resolves to true.
 */
export function useAsyncLoop(running: boolean, task: () => Promise<boolean>, onError: (message: string) => void): void {
  const busy = useRef(false);
  useFrameLoop(running, () => {
    if (busy.current) return;
    busy.current = true;
    task()
      .catch((e: unknown) => {
        onError(e instanceof Error ? e.message : String(e));
        return false;
      })
      .finally(() => {
        busy.current = false;
      });
  });
}
