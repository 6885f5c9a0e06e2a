import type { WidgetMeta } from '../common/types';

export const meta: WidgetMeta = {
  name: 'draw-your-data',
  title: 'Draw your data, train by flow matching',
  chapter: 'flow-matching',
  summary: 'Draw points or pick a toy set, train a flow-matching field live, and watch samples travel from noise to data, with dopri5’s evaluations per sample.',
  zh: {
    title: '画出你的数据，用流匹配训练',
    summary: '画点或选一个玩具数据集，实时训练一个流匹配向量场，看样本从噪声走到数据，并显示 dopri5 每个样本的函数求值次数。',
  },
};
