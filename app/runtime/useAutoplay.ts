import { useCallback, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import { useReducedMotion } from './useReducedMotion';

/**
 * Play/pause state for a figure that would start moving by itself: it plays from the start unless the reader
 * prefers reduced motion, in which case it waits for the reader's Play. Until the reader presses a control,
 * it follows the preference as it changes; after that, the reader's choice stands.
 *
 * Returns `[playing, setPlaying, reduced]`, where `reduced` is the preference itself (for figures that also
 * skip a transition, e.g. jump to the end instead of replaying).
 */
export function useAutoplay(): [boolean, Dispatch<SetStateAction<boolean>>, boolean] {
  const reduced = useReducedMotion();
  const [chosen, setChosen] = useState<boolean | null>(null);
  const reducedRef = useRef(reduced);
  reducedRef.current = reduced;
  const playing = chosen ?? !reduced;
  const setPlaying = useCallback<Dispatch<SetStateAction<boolean>>>((next) => {
    setChosen((c) => {
      const now = c ?? !reducedRef.current;
      return typeof next === 'function' ? next(now) : next;
    });
  }, []);
  return [playing, setPlaying, reduced];
}
