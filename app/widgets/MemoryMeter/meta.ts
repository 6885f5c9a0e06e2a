import type { WidgetMeta } from '../common/types';

export const meta: WidgetMeta = {
  name: 'memory-meter',
  title: 'Memory meter: backprop against the adjoint',
  chapter: 'adjoint',
  summary: 'Peak memory and time of one gradient, measured live in the browser against the number of solver steps, for backprop through the solver and for the adjoint.',
};
