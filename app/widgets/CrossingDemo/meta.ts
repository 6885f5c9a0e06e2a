import type { WidgetMeta } from '../common/types';

export const meta: WidgetMeta = {
  name: 'crossing-demo',
  title: 'Why a 1-D ODE cannot learn x → −x',
  chapter: 'resnet-to-ode',
  summary: 'A 1-D neural ODE, a one-block ResNet and an augmented ODE trained live on x → −x; trajectories against t.',
};
