import { useEffect, useRef } from 'react';

/**
 * Calls `tick(dtMs, frame)` on every animation frame while `running` is true. The callback is read from a
 * ref, so changing it does not restart the loop. Stops on unmount. Keep each tick well under 50 ms.
 */
export function useFrameLoop(running: boolean, tick: (dtMs: number, frame: number) => void): void {
  const tickRef = useRef(tick);
  tickRef.current = tick;
  useEffect(() => {
    if (!running) return;
    let id = 0;
    let last = performance.now();
    let frame = 0;
    const loop = (now: number) => {
      const dt = now - last;
      last = now;
      tickRef.current(dt, frame++);
      id = requestAnimationFrame(loop);
    };
    id = requestAnimationFrame(loop);
    return () => cancelAnimationFrame(id);
  }, [running]);
}
