import type { WidgetMeta } from '../common/types';

export const meta: WidgetMeta = {
  name: 'network-comparison',
  title: 'MLP, ResNet, RK-Net and ODE-Net, trained side by side',
  chapter: 'resnet-to-ode',
  summary: 'Four networks trained live on 8×8 handwritten digits: parameters, test error, peak memory of a gradient step, time per iteration and NFE.',
  zh: {
    title: 'MLP、残差网络、RK-Net 与 ODE-Net 并排训练',
    summary: '四个网络在 8×8 手写数字上实时训练：参数量、测试误差、一次梯度步的峰值内存、每次迭代的时间和 NFE。',
  },
};
