/**
 * What every chapter 6 figure starts with: a ref on its body, whether it has been on screen, the worker
 * client (started once it has), the figure's width for sizing its panels, and the reader's strings.
 */
import { useRef } from 'react';
import { useSeenOnce } from '../../runtime/useOnScreen';
import { useStrings } from '../common/i18n';
import { useWidth } from '../common/chart/useWidth';
import { useFmClient } from './useFmClient';
import { fmLabStrings } from './strings';

export function useFmFigure() {
  const ref = useRef<HTMLDivElement>(null);
  const seen = useSeenOnce(ref);
  const width = useWidth(ref, 640);
  const { client, error } = useFmClient(seen);
  const lab = useStrings(fmLabStrings);
  /** The status line until the worker runs: it starts once the figure is seen (a loading word meanwhile). */
  const waiting = seen && !error ? lab.workerStarting : lab.workerWaits;
  return { ref, seen, width, client, lab, waiting, startProblem: error ? lab.workerFailed(error) : null };
}
