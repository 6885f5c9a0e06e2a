import type { WidgetMeta } from '../common/types';

export const meta: WidgetMeta = {
  name: 'resnet-morph',
  title: 'From ResNet to ODE',
  chapter: 'resnet-to-ode',
  summary: 'A point cloud carried through L residual blocks of step 1/L; slide L up to 64 and on to the continuous flow.',
};
