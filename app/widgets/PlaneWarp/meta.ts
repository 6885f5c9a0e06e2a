import type { WidgetMeta } from '../common/types';

export const meta: WidgetMeta = {
  name: 'plane-warp',
  title: 'How a ResNet and an ODE-Net bend the plane',
  chapter: 'resnet-to-ode',
  summary: 'A six-block ResNet and an ODE-Net trained live on two moons, circles or spirals; the warped grid through depth or time.',
  zh: {
    title: '残差网络与 ODE-Net 如何弯曲平面',
    summary: '一个六块残差网络和一个 ODE-Net 在双月、圆环或螺旋数据上实时训练；变形的网格随深度或时间变化。',
  },
};
