import { useEffect, useState } from 'react';
import { finiteDifferences } from '../../nn/adjointDemo/algorithm1';
import { backwardProblem } from '../../nn/adjointDemo/backwardScene';
import { flatten } from '../../nn/adjointDemo/gradientCheck';

/**
 * Central finite differences of the spiral problem, one input component per animation frame (two fine
 * rk4 solves each, a few ms), so the page never blocks. Returns the gradient once complete, and progress.
 */
export function useFiniteDifferences(damping: number, T: number, active: boolean): { gradient: Float64Array | null; done: number; total: number } {
  const key = `${damping}|${T}`;
  const [state, setState] = useState<{ key: string; gradient: Float64Array | null; done: number }>({ key, gradient: null, done: 0 });
  const total = 14;
  useEffect(() => {
    if (!active) return;
    if (state.key === key && state.gradient) return;
    const gen = finiteDifferences(backwardProblem({ damping, T, btolExp: -6 }));
    let id = 0;
    const tick = () => {
      const r = gen.next();
      if (r.done) setState({ key, gradient: flatten(r.value), done: total });
      else {
        setState({ key, gradient: null, done: Math.floor(r.value) });
        id = requestAnimationFrame(tick);
      }
    };
    id = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(id);
    // state is read only to skip finished work; re-running on its change would restart the generator.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, active]);
  return state.key === key ? { gradient: state.gradient, done: state.done, total } : { gradient: null, done: 0, total };
}
