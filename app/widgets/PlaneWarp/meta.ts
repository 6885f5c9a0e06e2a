// eslint-disable-next-line no-restricted-imports -- a type-only import, as DESIGN.md prescribes; the lint rule does not yet tell type imports apart
import type { WidgetMeta } from '../../mdx/widgets';

export const meta: WidgetMeta = {
  name: 'plane-warp',
  title: 'How a ResNet and an ODE-Net bend the plane',
  chapter: 'resnet-to-ode',
  summary: 'A six-block ResNet and an ODE-Net trained live on two moons, circles or spirals; the warped grid through depth or time.',
};
