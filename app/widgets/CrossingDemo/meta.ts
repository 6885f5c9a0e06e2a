import type { WidgetMeta } from '../common/types';

export const meta: WidgetMeta = {
  name: 'crossing-demo',
  title: 'Why a 1-D ODE cannot learn x → −x',
  chapter: 'resnet-to-ode',
  summary: 'A 1-D neural ODE, a one-block ResNet and an augmented ODE trained live on x → −x; trajectories against t.',
  zh: {
    title: '为什么一维 ODE 学不会 x → −x',
    summary: '一个一维神经 ODE、一个单块残差网络和一个增广 ODE 在 x → −x 上实时训练；轨迹随 t 的变化。',
  },
};
