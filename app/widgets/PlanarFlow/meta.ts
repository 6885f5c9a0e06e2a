// eslint-disable-next-line no-restricted-imports -- a type-only import, as DESIGN.md prescribes
import type { WidgetMeta } from '../../mdx/widgets';

export const meta: WidgetMeta = {
  name: 'planar-flow',
  title: 'Planar flow against planar CNF',
  chapter: 'normalizing-flows',
  summary: 'K stacked planar layers against a continuous flow with M planar units, both trained to match a target density by KL(q‖p), side by side in the browser.',
};
