import type { WidgetMeta } from '../common/types';

export const meta: WidgetMeta = {
  name: 'convergence-plot',
  title: 'Convergence: error against step size and against evaluations',
  chapter: 'ode-basics',
  summary: 'Euler, midpoint, RK4 and Dopri5 on one problem at ever smaller steps, log-log, with the measured slopes: orders 1, 2, 4 and 5.',
};
