import type { WidgetMeta } from '../common/types';

export const meta: WidgetMeta = {
  name: 'two-trainings',
  title: 'Same data, two trainings',
  chapter: 'flow-matching',
  summary: 'Chapter 5’s maximum-likelihood CNF against flow matching, same network and data, side by side: time per iteration, held-out NLL against wall time by one exact-trace solve, evaluations per sample, samples.',
  zh: {
    title: '同样的数据，两种训练',
    summary: '第 5 章的最大似然 CNF 对比流匹配，同样的网络和数据并排：每次迭代的时间、同一精确迹求解下的留出集负对数似然随墙钟时间的变化、每个样本的求值次数、样本。',
  },
};
