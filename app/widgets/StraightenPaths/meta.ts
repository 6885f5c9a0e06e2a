import type { WidgetMeta } from '../common/types';

export const meta: WidgetMeta = {
  name: 'straighten-paths',
  title: 'Straighten the paths: reflow',
  chapter: 'flow-matching',
  summary: 'Pair noise with the samples a flow makes from it and retrain: the paths straighten (measured), dopri5 needs fewer evaluations, and a few Euler steps suffice (energy distance to the data).',
  zh: {
    title: '把路径拉直：重流',
    summary: '把噪声与流从它生成的样本配对并重新训练：路径变直（实测），dopri5 需要的求值次数减少，几步欧拉法就够了（与数据的能量距离）。',
  },
};
