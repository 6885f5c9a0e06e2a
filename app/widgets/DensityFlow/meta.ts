import type { WidgetMeta } from '../common/types';

export const meta: WidgetMeta = {
  name: 'density-flow',
  title: 'A density that flows',
  chapter: 'normalizing-flows',
  summary: 'A trained continuous normalizing flow carries N(0, I) into a toy density: heat map of p(z(t)) on a grid, particles and a log-det ledger, computed on the GPU by a fused WebGL2 program.',
};
