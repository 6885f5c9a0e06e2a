// eslint-disable-next-line no-restricted-imports -- a type-only import, as DESIGN.md prescribes; the lint rule does not yet tell type imports apart
import type { WidgetMeta } from '../../mdx/widgets';

export const meta: WidgetMeta = {
  name: 'tolerance-explorer',
  title: 'Tolerance explorer',
  chapter: 'neural-ode',
  summary: 'For the trained spiral field: how the tolerance sets the number of evaluations, the numerical error and the time of one forward solve, measured live.',
};
