import type { WidgetMeta } from '../common/types';

export const meta: WidgetMeta = {
  name: 'network-comparison',
  title: 'MLP, ResNet, RK-Net and ODE-Net, trained side by side',
  chapter: 'resnet-to-ode',
  summary: 'Four networks trained live on 8×8 handwritten digits: parameters, test error, peak memory of a gradient step, time per iteration and NFE.',
};
