import type { WidgetMeta } from '../common/types';

export const meta: WidgetMeta = {
  name: 'two-trainings',
  title: 'Same data, two trainings',
  chapter: 'flow-matching',
  summary: 'Chapter 5’s maximum-likelihood CNF against flow matching, same network and data, side by side: time per iteration, held-out NLL against wall time by one exact-trace solve, evaluations per sample, samples.',
};
