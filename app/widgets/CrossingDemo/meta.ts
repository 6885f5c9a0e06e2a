// eslint-disable-next-line no-restricted-imports -- a type-only import, as DESIGN.md prescribes; the lint rule does not yet tell type imports apart
import type { WidgetMeta } from '../../mdx/widgets';

export const meta: WidgetMeta = {
  name: 'crossing-demo',
  title: 'Why a 1-D ODE cannot learn x → −x',
  chapter: 'resnet-to-ode',
  summary: 'A 1-D neural ODE, a one-block ResNet and an augmented ODE trained live on x → −x; trajectories against t.',
};
