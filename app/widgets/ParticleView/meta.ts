import type { WidgetMeta } from '../common/types';

export const meta: WidgetMeta = {
  name: 'particle-view',
  title: 'Particles in the flow',
  chapter: 'ode-basics',
  summary: 'Thousands of particles carried through a planar field by a fixed-step method, with fading trails, on the GPU where there is one.',
  zh: {
    title: '流中的粒子',
    summary: '成千上万个粒子被定步长方法带着穿过一个平面向量场，留下渐隐的轨迹；有 GPU 时在 GPU 上计算。',
  },
};
