import type { WidgetMeta } from '../common/types';

export const meta: WidgetMeta = {
  name: 'spiral-trainer',
  title: 'Spiral trainer',
  chapter: 'neural-ode',
  summary: "torchdiffeq's ode_demo in the browser: a 2→50→2 network learns the cubic spiral's vector field, by backprop through the solver or by the adjoint.",
};
