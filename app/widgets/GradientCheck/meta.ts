import type { WidgetMeta } from '../common/types';

export const meta: WidgetMeta = {
  name: 'gradient-check',
  title: 'Gradient check: adjoint, backprop and finite differences',
  chapter: 'adjoint',
  summary: 'The same gradient three ways, side by side, with a backward-tolerance slider that makes the adjoint’s error grow and shrink.',
  zh: {
    title: '梯度检验：伴随方法、反向传播与有限差分',
    summary: '同一个梯度的三种算法并排对比，用反向容差滑块让伴随方法的误差变大变小。',
  },
};
