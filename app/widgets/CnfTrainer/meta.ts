// eslint-disable-next-line no-restricted-imports -- a type-only import, as DESIGN.md prescribes
import type { WidgetMeta } from '../../mdx/widgets';

export const meta: WidgetMeta = {
  name: 'cnf-trainer',
  title: 'Train a continuous normalizing flow',
  chapter: 'normalizing-flows',
  summary: 'Fit a CNF by maximum likelihood in the browser, on a toy set or on points you draw: NLL curve, NFE, and the exact trace against Hutchinson’s estimator with its variance.',
};
