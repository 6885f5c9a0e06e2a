import type { WidgetMeta } from '../common/types';

export const meta: WidgetMeta = {
  name: 'ode-playground',
  title: 'ODE playground',
  chapter: 'ode-basics',
  summary: 'Drag initial values through a slope field or phase plane and watch Euler, Runge–Kutta and Dopri5 take every step.',
  zh: {
    title: 'ODE 游乐场',
    summary: '在斜率场或相平面里拖动初值，看欧拉法、龙格–库塔法和 Dopri5 走出的每一步。',
  },
};
