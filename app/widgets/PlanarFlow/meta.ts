import type { WidgetMeta } from '../common/types';

export const meta: WidgetMeta = {
  name: 'planar-flow',
  title: 'Planar flow against planar CNF',
  chapter: 'normalizing-flows',
  summary: 'K stacked planar layers against a continuous flow with M planar units, both trained to match a target density by KL(q‖p), side by side in the browser.',
  zh: {
    title: '平面流对比平面 CNF',
    summary: 'K 层堆叠的平面流对比含 M 个平面单元的连续流，二者都通过 KL(q‖p) 拟合目标密度，在浏览器里并排训练。',
  },
};
