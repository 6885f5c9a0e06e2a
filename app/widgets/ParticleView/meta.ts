// eslint-disable-next-line no-restricted-imports -- a type-only import, as DESIGN.md prescribes; the lint rule does not yet tell type imports apart
import type { WidgetMeta } from '../../mdx/widgets';

export const meta: WidgetMeta = {
  name: 'particle-view',
  title: 'Particles in the flow',
  chapter: 'ode-basics',
  summary: 'Thousands of particles carried through a planar field by a fixed-step method, with fading trails, on the GPU where there is one.',
};
