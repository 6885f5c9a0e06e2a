/**
 * Runs the convergence study of one problem off the main thread (studyChannel.ts), one method per request,
 * and returns the series finished so far with the problem they belong to: a caller shows them only while
 * that problem is still the chosen one, so one problem's lines never appear under another's name. The study
 * starts once `active` (the figure has been on screen) and starts over when the problem changes; answers of
 * an abandoned study are dropped.
 */
import { useEffect, useRef, useState } from 'react';
import type { Method } from '../../solver/types';
import type { ConvergenceProblemId } from '../../state/convergencePlot';
import type { Series } from './convergence';
import { openStudyChannel, type StudyChannel } from './studyChannel';

export interface StudyProgress {
  /** The problem these series were solved for; '' before the first answer. */
  eq: ConvergenceProblemId | '';
  list: Series[];
}

/** `methods` should keep its identity between renders (a module constant): a new array starts the study over. */
export function useConvergenceStudy(eq: ConvergenceProblemId, methods: readonly Method[], active: boolean): StudyProgress {
  const [progress, setProgress] = useState<StudyProgress>({ eq: '', list: [] });
  const channel = useRef<StudyChannel | null>(null);

  // The channel (and its worker) lives from the first sight of the figure until it unmounts.
  useEffect(() => {
    if (!active) return;
    const c = openStudyChannel();
    channel.current = c;
    return () => {
      c.close();
      channel.current = null;
    };
  }, [active]);

  useEffect(() => {
    const c = channel.current;
    if (!active || !c) return;
    const abort = new AbortController();
    const run = async () => {
      let ref: number[] | null = null;
      const done: Series[] = [];
      for (const method of methods) {
        const answer = await c.solve({ kind: 'convergence', eq, method, ref }, abort.signal);
        if (abort.signal.aborted) return;
        ref = answer.ref;
        done.push(answer.series);
        setProgress({ eq, list: done.slice() });
      }
    };
    run().catch((err: unknown) => {
      // An abandoned study ends by rejecting with the abort; anything else is a real failure and is rethrown.
      if (!abort.signal.aborted) throw err;
    });
    return () => abort.abort();
  }, [active, eq, methods]);

  return progress;
}
