import type { WidgetMeta } from '../common/types';

export const meta: WidgetMeta = {
  name: 'cnf-trainer',
  title: 'Train a continuous normalizing flow',
  chapter: 'normalizing-flows',
  summary: 'Fit a CNF by maximum likelihood in the browser, on a toy set or on points you draw: NLL curve, NFE, and the exact trace against Hutchinson’s estimator with its variance.',
  zh: {
    title: '训练一个连续归一化流',
    summary: '在浏览器里用最大似然拟合 CNF，数据可以是玩具数据集，也可以是你画的点：负对数似然曲线、NFE，以及精确迹与 Hutchinson 迹估计及其方差的对比。',
  },
};
