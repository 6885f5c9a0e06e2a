// eslint-disable-next-line no-restricted-imports -- a type-only import, as DESIGN.md prescribes; the lint rule does not yet tell type imports apart
import type { WidgetMeta } from '../../mdx/widgets';

export const meta: WidgetMeta = {
  name: 'resnet-morph',
  title: 'From ResNet to ODE',
  chapter: 'resnet-to-ode',
  summary: 'A point cloud carried through L residual blocks of step 1/L; slide L up to 64 and on to the continuous flow.',
};
