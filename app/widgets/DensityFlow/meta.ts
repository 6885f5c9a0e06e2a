import type { WidgetMeta } from '../common/types';

export const meta: WidgetMeta = {
  name: 'density-flow',
  title: 'A density that flows',
  chapter: 'normalizing-flows',
  summary: 'A trained continuous normalizing flow carries N(0, I) into a toy density: heat map of p(z(t)) on a grid, particles and a log-det ledger, computed on the GPU by a fused WebGL2 program.',
  zh: {
    title: '流动的密度',
    summary: '一个训练好的连续归一化流把 N(0, I) 搬运成玩具密度：网格上 p(z(t)) 的热图、粒子和对数行列式账本，由融合的 WebGL2 程序在 GPU 上计算。',
  },
};
