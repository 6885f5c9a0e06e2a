import type { WidgetMeta } from '../common/types';

export const meta: WidgetMeta = {
  name: 'reverse-drift',
  title: 'Reverse drift and checkpointing',
  chapter: 'adjoint',
  summary: 'A contracting system where integrating z backwards cannot find z(t0) again, and how storing a few checkpoints fixes it.',
  zh: {
    title: '反向漂移与检查点',
    summary: '一个收缩系统：反向积分 z 找不回 z(t0)，而存储几个检查点就能解决。',
  },
};
