// eslint-disable-next-line no-restricted-imports -- a type-only import, as DESIGN prescribes; the lint rule does not yet allow type imports
import type { WidgetMeta } from '../../mdx/widgets';

export const meta: WidgetMeta = {
  name: 'memory-meter',
  title: 'Memory meter: backprop against the adjoint',
  chapter: 'adjoint',
  summary: 'Peak memory and time of one gradient, measured live in the browser against the number of solver steps, for backprop through the solver and for the adjoint.',
};
