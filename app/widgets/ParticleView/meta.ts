import type { WidgetMeta } from '../common/types';

export const meta: WidgetMeta = {
  name: 'particle-view',
  title: 'Particles in the flow',
  chapter: 'ode-basics',
  summary: 'Thousands of particles carried through a planar field by a fixed-step method, with fading trails, on the GPU where there is one.',
};
