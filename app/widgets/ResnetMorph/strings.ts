/** The ResNet → ODE morph's strings (issue 16). */
import { defineStrings } from '../common/i18n';
import { meta } from './meta';

export const resnetMorphStrings = defineStrings({
  en: {
    title: meta.title,
    blocks: 'Blocks',
    continuousLabel: 'continuous (dopri5)',
    continuousReadout: (nfe: number, points: number, perPoint: string) => `Continuous limit: dopri5 (rtol 1e-7, atol 1e-9) used ${nfe} function evaluations for ${points} points, ${perPoint} per point.`,
    blocksReadout: (L: number, err: string) => `L = ${L} residual blocks of step 1/${L}: ${L} evaluations per point. Mean distance of the last block's output from the ODE flow at t = 1: ${err}.`,
    field: 'The field: dx/dt = −2.2 y + 0.6 sin(2y)(1 − t/2) − 0.25 x, dy/dt = 2.2 x + 0.6 sin(2x) − 0.25 y (a swirl with a mild shear and contraction).',
    source: 'Source: app/nn/classify/morph.ts.',
    caption: (points: number) =>
      `${points} points (hollow) pass through residual blocks h ← h + (1/L)·f(t, h) that all share one fixed field f; dots mark each block's output and filled dots the last. The dashed curves are the ODE flow dh/dt = f(t, h) from t = 0 to 1. Slide L from 1 to 64, then one more notch to the continuous limit.`,
    plotLabel: (label: string) => `Hidden-state paths for ${label}`,
  },
  zh: {
    title: meta.zh.title,
    blocks: '块数',
    continuousLabel: '连续（dopri5）',
    continuousReadout: (nfe: number, points: number, perPoint: string) => `连续极限：dopri5（rtol 1e-7，atol 1e-9）为 ${points} 个点共做了 ${nfe} 次函数求值，每个点 ${perPoint} 次。`,
    blocksReadout: (L: number, err: string) => `L = ${L} 个步长为 1/${L} 的残差块：每个点求值 ${L} 次。最后一个块的输出与 t = 1 时 ODE 流的平均距离：${err}。`,
    field: '向量场：dx/dt = −2.2 y + 0.6 sin(2y)(1 − t/2) − 0.25 x，dy/dt = 2.2 x + 0.6 sin(2x) − 0.25 y（一个带轻微剪切和收缩的旋涡）。',
    source: '源代码：app/nn/classify/morph.ts。',
    caption: (points: number) =>
      `${points} 个点（空心）依次穿过残差块 h ← h + (1/L)·f(t, h)，所有块共用同一个固定的向量场 f；小点标出每个块的输出，实心点是最后一个块的输出。虚线是从 t = 0 到 1 的 ODE 流 dh/dt = f(t, h)。把 L 从 1 滑到 64，再多滑一格就到了连续极限。`,
    plotLabel: (label: string) => `${label} 时的隐藏状态路径`,
  },
});
