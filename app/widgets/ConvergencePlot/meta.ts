import type { WidgetMeta } from '../common/types';

export const meta: WidgetMeta = {
  name: 'convergence-plot',
  title: 'Convergence: error against step size and against evaluations',
  chapter: 'ode-basics',
  summary: 'Euler, midpoint, RK4 and Dopri5 on one problem at ever smaller steps, log-log, with the measured slopes: orders 1, 2, 4 and 5.',
  zh: {
    title: '收敛性：误差随步长和求值次数的变化',
    summary: '欧拉法、中点法、RK4 和 Dopri5 在同一个问题上不断缩小步长，双对数坐标，附实测斜率：阶数 1、2、4 和 5。',
  },
};
