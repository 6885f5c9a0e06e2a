import type { WidgetMeta } from '../common/types';

export const meta: WidgetMeta = {
  name: 'cnf-trainer',
  title: 'Train a continuous normalizing flow',
  chapter: 'normalizing-flows',
  summary: 'Fit a CNF by maximum likelihood in the browser, on a toy set or on points you draw: NLL curve, NFE, and the exact trace against Hutchinson’s estimator with its variance.',
};
