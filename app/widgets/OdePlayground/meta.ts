// eslint-disable-next-line no-restricted-imports -- a type-only import, as DESIGN.md prescribes; the lint rule does not yet tell type imports apart
import type { WidgetMeta } from '../../mdx/widgets';

export const meta: WidgetMeta = {
  name: 'ode-playground',
  title: 'ODE playground',
  chapter: 'ode-basics',
  summary: 'Drag initial values through a slope field or phase plane and watch Euler, Runge–Kutta and Dopri5 take every step.',
};
