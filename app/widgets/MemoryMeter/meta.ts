import type { WidgetMeta } from '../common/types';

export const meta: WidgetMeta = {
  name: 'memory-meter',
  title: 'Memory meter: backprop against the adjoint',
  chapter: 'adjoint',
  summary: 'Peak memory and time of one gradient, measured live in the browser against the number of solver steps, for backprop through the solver and for the adjoint.',
  zh: {
    title: '内存表：反向传播对比伴随方法',
    summary: '在浏览器里实测一次梯度计算的峰值内存和时间随求解器步数的变化：穿过求解器的反向传播与伴随方法。',
  },
};
