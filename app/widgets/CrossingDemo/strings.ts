/** The crossing demo's strings (issue 16): panel titles, readout, caption and messages. */
import type { CrossKind } from '../../nn/classify/crossing';
import { defineStrings } from '../common/i18n';
import { meta } from './meta';

export const crossingStrings = defineStrings({
  en: {
    title: meta.title,
    panelTitles: { ode1d: '1-D neural ODE', resnet: 'ResNet, one block', anode: 'ODE + 1 extra dimension' } as Record<CrossKind, string>,
    panelNames: { ode1d: '1-D ODE', resnet: 'ResNet', anode: 'augmented ODE' } as Record<CrossKind, string>,
    plotLabel: (title: string) => `${title}: h(t) against t`,
    untrained: 'untrained',
    stat: (loss: string, nfe: number | null) => `loss ${loss}${nfe === null ? '' : `, NFE ${nfe}`}`,
    notTrained: 'Not trained yet. Press Train.',
    readout: (round: number, target: number, ode: string, resnet: string, anode: string, floor: string) =>
      `Iteration ${round} of ${target}. 1-D ODE: ${ode}. ResNet: ${resnet}. Augmented ODE: ${anode}. No 1-D ODE can get below ${floor}, the loss of mapping everything to 0.`,
    trainingStopped: (why: string) => `Training stopped: ${why}`,
    divergedWhat: (panel: string) => `${panel} loss (mean squared error)`,
    caption: (points: number) =>
      `Each model is trained to send x to −x for ${points} points in [−1, 1] (mean squared error, Adam). Curves show h(t) from 11 starting points, coloured by start; the short bars at t = 1 are the targets −x. The ResNet has no states between its input and output, so its dashed lines only join each input to its output. The 1-D ODE can only squeeze its curves together, the ResNet jumps, and the augmented ODE (state [h, a], a(0) = 0, h plotted) passes its curves around each other through the extra dimension.`,
  },
  zh: {
    title: meta.zh.title,
    panelTitles: { ode1d: '一维神经 ODE', resnet: '残差网络，一个块', anode: 'ODE + 1 个额外维度' },
    panelNames: { ode1d: '一维 ODE', resnet: '残差网络', anode: '增广 ODE' },
    plotLabel: (title: string) => `${title}：h(t) 随 t 的变化`,
    untrained: '未训练',
    stat: (loss: string, nfe: number | null) => `损失 ${loss}${nfe === null ? '' : `，NFE ${nfe}`}`,
    notTrained: '尚未训练。请按“训练”。',
    readout: (round: number, target: number, ode: string, resnet: string, anode: string, floor: string) =>
      `第 ${round} 次迭代，共 ${target} 次。一维 ODE：${ode}。残差网络：${resnet}。增广 ODE：${anode}。任何一维 ODE 的损失都不可能低于 ${floor}，即把一切都映射到 0 时的损失。`,
    trainingStopped: (why: string) => `训练已停止：${why}`,
    divergedWhat: (panel: string) => `${panel}的损失（均方误差）`,
    caption: (points: number) =>
      `每个模型都被训练成把 [−1, 1] 中 ${points} 个点的 x 送到 −x（均方误差，Adam）。曲线显示从 11 个起点出发的 h(t)，按起点着色；t = 1 处的短横线是目标 −x。残差网络在输入和输出之间没有中间状态，所以它的虚线只是把每个输入连到它的输出。一维 ODE 只能把曲线挤到一起，残差网络直接跳过去，而增广 ODE（状态 [h, a]，a(0) = 0，画出的是 h）借助额外的维度让曲线彼此绕开。`,
  },
});
