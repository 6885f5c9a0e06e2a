import type { WidgetMeta } from '../common/types';

export const meta: WidgetMeta = {
  name: 'spiral-trainer',
  title: 'Spiral trainer',
  chapter: 'neural-ode',
  summary: "torchdiffeq's ode_demo in the browser: a 2→50→2 network learns the cubic spiral's vector field, by backprop through the solver or by the adjoint.",
  zh: {
    title: '螺旋训练器',
    summary: '浏览器里的 torchdiffeq ode_demo：一个 2→50→2 网络学习三次螺旋的向量场，通过穿过求解器的反向传播或伴随方法。',
  },
};
