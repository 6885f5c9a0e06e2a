import type { WidgetMeta } from '../common/types';

export const meta: WidgetMeta = {
  name: 'planar-flow',
  title: 'Planar flow against planar CNF',
  chapter: 'normalizing-flows',
  summary: 'K stacked planar layers against a continuous flow with M planar units, both trained to match a target density by KL(q‖p), side by side in the browser.',
};
