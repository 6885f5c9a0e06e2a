import type { WidgetMeta } from '../common/types';

export const meta: WidgetMeta = {
  name: 'tolerance-explorer',
  title: 'Tolerance explorer',
  chapter: 'neural-ode',
  summary: 'For the trained spiral field: how the tolerance sets the number of evaluations, the numerical error and the time of one forward solve, measured live.',
};
