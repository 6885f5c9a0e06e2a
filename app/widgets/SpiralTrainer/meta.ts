// eslint-disable-next-line no-restricted-imports -- a type-only import, as DESIGN.md prescribes; the lint rule does not yet tell type imports apart
import type { WidgetMeta } from '../../mdx/widgets';

export const meta: WidgetMeta = {
  name: 'spiral-trainer',
  title: 'Spiral trainer',
  chapter: 'neural-ode',
  summary: "torchdiffeq's ode_demo in the browser: a 2→50→2 network learns the cubic spiral's vector field, by backprop through the solver or by the adjoint.",
};
