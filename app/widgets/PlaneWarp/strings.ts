/** The plane warp's strings (issue 16): controls, panels, readout, caption and messages. */
import { defineStrings } from '../common/i18n';
import { meta } from './meta';

type Side = 'resnet' | 'odenet';

export const planeWarpStrings = defineStrings({
  en: {
    title: meta.title,
    names: { resnet: 'ResNet, 6 blocks', odenet: 'ODE-Net, dopri5' } as Record<Side, string>,
    data: 'Data',
    datasets: { moons: 'two moons', circles: 'concentric circles', spirals: 'two spirals' } as Record<string, string>,
    depth: 'Depth',
    sweep: 'Sweep through depth',
    fixedScale: (half: number) => `Fixed scale (±${half}, the input square)`,
    planeAt: (name: string, depth: string) => `${name}: the plane at depth ${depth}`,
    untrained: 'untrained',
    untrainedAccuracy: (pct: string) => `untrained: accuracy ${pct}%`,
    stat: (loss: string, pct: string | null, nfe: number | null) => `loss ${loss}${pct === null ? '' : `, accuracy ${pct}%`}${nfe === null ? '' : `, NFE ${nfe}`}`,
    notTrained: (resnetName: string, resnet: string, odenetName: string, odenet: string) => `Not trained yet. ${resnetName}: ${resnet}. ${odenetName}: ${odenet}.`,
    readout: (iteration: number, target: number, resnet: string, odenet: string) =>
      `Iteration ${iteration} of ${target}. ResNet: ${resnet}. ODE-Net: ${odenet} function evaluations in this iteration's forward solve.`,
    trainingStopped: (why: string) => `Training stopped: ${why}`,
    divergedWhat: (name: string) => `${name} loss (cross-entropy)`,
    caption:
      'Left, a ResNet with 6 blocks, each with its own weights; right, an ODE-Net with one field solved by dopri5 (rtol 10⁻³) from t = 0 to 1. Both end in a straight cut (dashed). Press Train and watch the grid lines bend so the two classes fall on either side of the cut; the shading is each network\'s decision map, carried along. Circles cannot be separated this way in the plane: see the section on what a flow cannot do.',
  },
  zh: {
    title: meta.zh.title,
    names: { resnet: '残差网络，6 个块', odenet: 'ODE-Net，dopri5' },
    data: '数据',
    datasets: { moons: '双月', circles: '同心圆', spirals: '双螺旋' },
    depth: '深度',
    sweep: '沿深度自动扫过',
    fixedScale: (half: number) => `固定比例（±${half}，即输入方框）`,
    planeAt: (name: string, depth: string) => `${name}：深度 ${depth} 处的平面`,
    untrained: '未训练',
    untrainedAccuracy: (pct: string) => `未训练：准确率 ${pct}%`,
    stat: (loss: string, pct: string | null, nfe: number | null) => `损失 ${loss}${pct === null ? '' : `，准确率 ${pct}%`}${nfe === null ? '' : `，NFE ${nfe}`}`,
    notTrained: (resnetName: string, resnet: string, odenetName: string, odenet: string) => `尚未训练。${resnetName}：${resnet}。${odenetName}：${odenet}。`,
    readout: (iteration: number, target: number, resnet: string, odenet: string) =>
      `第 ${iteration} 次迭代，共 ${target} 次。残差网络：${resnet}。ODE-Net：${odenet}（本次迭代前向求解中的函数求值次数）。`,
    trainingStopped: (why: string) => `训练已停止：${why}`,
    divergedWhat: (name: string) => `${name}的损失（交叉熵）`,
    caption:
      '左边是一个 6 个块的残差网络，每个块有自己的权重；右边是一个 ODE-Net，只有一个向量场，用 dopri5（rtol 10⁻³）从 t = 0 求解到 1。两者最后都是一刀直线切分（虚线）。按“训练”，看网格线如何弯曲，让两类点落在切线两侧；底色是每个网络的决策图，随平面一起变形。在平面里，同心圆无法这样分开：见“流做不到什么”一节。',
  },
});
