import type { WidgetMeta } from '../common/types';

export const meta: WidgetMeta = {
  name: 'adjoint-backward',
  title: 'The backward pass, step by step',
  chapter: 'adjoint',
  summary: 'Algorithm 1 running: z re-integrated backwards beside the stored forward path, the adjoint a(t) as arrows, the parameter gradient accumulating.',
  zh: {
    title: '反向过程，一步一步',
    summary: '算法 1 正在运行：z 沿存储的前向路径旁被反向重新积分，伴随 a(t) 以箭头表示，参数梯度逐步累积。',
  },
};
