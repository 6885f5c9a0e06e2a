import type { WidgetMeta } from '../common/types';

export const meta: WidgetMeta = {
  name: 'tolerance-explorer',
  title: 'Tolerance explorer',
  chapter: 'neural-ode',
  summary: 'For the trained spiral field: how the tolerance sets the number of evaluations, the numerical error and the time of one forward solve, measured live.',
  zh: {
    title: '容差探索器',
    summary: '对训练好的螺旋向量场：容差如何决定一次前向求解的求值次数、数值误差和时间，实时测量。',
  },
};
