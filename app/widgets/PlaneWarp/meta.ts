import type { WidgetMeta } from '../common/types';

export const meta: WidgetMeta = {
  name: 'plane-warp',
  title: 'How a ResNet and an ODE-Net bend the plane',
  chapter: 'resnet-to-ode',
  summary: 'A six-block ResNet and an ODE-Net trained live on two moons, circles or spirals; the warped grid through depth or time.',
};
