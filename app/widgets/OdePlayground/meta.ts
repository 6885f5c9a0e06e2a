import type { WidgetMeta } from '../common/types';

export const meta: WidgetMeta = {
  name: 'ode-playground',
  title: 'ODE playground',
  chapter: 'ode-basics',
  summary: 'Drag initial values through a slope field or phase plane and watch Euler, Runge–Kutta and Dopri5 take every step.',
};
