import type { WidgetMeta } from '../common/types';

export const meta: WidgetMeta = {
  name: 'straighten-paths',
  title: 'Straighten the paths: reflow',
  chapter: 'flow-matching',
  summary: 'Pair noise with the samples a flow makes from it and retrain: the paths straighten (measured), dopri5 needs fewer evaluations, and a few Euler steps suffice (energy distance to the data).',
};
