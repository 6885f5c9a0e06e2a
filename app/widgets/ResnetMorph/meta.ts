import type { WidgetMeta } from '../common/types';

export const meta: WidgetMeta = {
  name: 'resnet-morph',
  title: 'From ResNet to ODE',
  chapter: 'resnet-to-ode',
  summary: 'A point cloud carried through L residual blocks of step 1/L; slide L up to 64 and on to the continuous flow.',
  zh: {
    title: '从残差网络到 ODE',
    summary: '一团点云穿过 L 个步长为 1/L 的残差块；把 L 滑到 64，再到连续的流。',
  },
};
