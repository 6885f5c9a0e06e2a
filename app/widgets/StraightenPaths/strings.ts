/** Straighten the paths: strings. Terms per content/zh/terminology.json: 重流, 整流, 能量距离, 欧拉法, 函数求值次数, 容差. */
import { defineStrings } from '../common/i18n';

interface CaptionNumbers {
  pairs: string;
  pairTol: string;
  iters: number;
  lr: string;
  batch: number;
  nEuler: number;
  nRef: string;
}

export const straightenPathsStrings = defineStrings({
  en: {
    title: 'Straighten the paths: reflow',
    status: (backend: string) => `Reflow trains on ${backend}`,
    reflowIterations: 'Reflow iterations',
    reflow: 'Reflow',
    loadReflowed: 'Load the shipped reflowed model',
    reflowFailed: (why: string) => `Reflow stopped: ${why}`,
    loadReflowedFailed: (why: string) => `Could not load the reflowed model: ${why}`,
    measuringFailed: (why: string) => `Measuring failed: ${why}`,
    describe: (nfe: string, s: string) => `${nfe} evaluations per sample, straightness S = ${s}`,
    pending: '…',
    solvingNow: 'Solving and measuring…',
    readoutHead: (tol: string, n: number) => `dopri5 at rtol = atol = ${tol}, ${n} samples.`,
    before: (what: string) => `Before reflow: ${what}.`,
    afterLead: 'After reflow:',
    makingPairs: 'making pairs…',
    trainingAt: (done: number, of: number) => `training, iteration ${done} of ${of}…`,
    notYet: 'not yet; press Reflow.',
    panelBefore: 'Before reflow',
    panelAfter: 'After reflow',
    pathsLabel: (title: string, n: number, t: string) => `${title}: ${n} sample paths at t = ${t}`,
    tableCaption: 'Energy distance to the data',
    eulerSteps: 'Euler steps',
    colBefore: 'before',
    colAfter: 'after',
    dopri5Row: (tol: string) => `dopri5 (${tol})`,
    dataVsData: 'data vs data',
    caption: (c: CaptionNumbers) =>
      `Left, the shipped flow-matching model (a 1-rectified flow); right, the flow reflow makes from it. Reflow draws ${c.pairs} noise points, solves the left flow from each (dopri5 at ${c.pairTol}) and retrains on those pairs, starting from the left flow’s weights (${c.iters} Adam steps at rate ${c.lr}, batch ${c.batch}). Straightness S is ∫ E‖(x₁ − x₀) − v(x_t, t)‖² dt along the paths: 0 for straight lines at constant speed. The table gives the energy distance between ${c.nEuler} samples (Euler, or dopri5 at the figure’s tolerance) and ${c.nRef} data points: lower is better; the last row is two samples of the data itself.`,
  },
  zh: {
    title: '拉直路径：重流',
    status: (backend: string) => `重流在 ${backend} 上训练`,
    reflowIterations: '重流迭代次数',
    reflow: '重流',
    loadReflowed: '加载随站点提供的重流模型',
    reflowFailed: (why: string) => `重流已停止：${why}`,
    loadReflowedFailed: (why: string) => `无法加载重流模型：${why}`,
    measuringFailed: (why: string) => `测量失败：${why}`,
    describe: (nfe: string, s: string) => `每个样本 ${nfe} 次函数求值，直线度 S = ${s}`,
    pending: '……',
    solvingNow: '正在求解和测量……',
    readoutHead: (tol: string, n: number) => `dopri5，rtol = atol = ${tol}，${n} 个样本。`,
    before: (what: string) => `重流前：${what}。`,
    afterLead: '重流后：',
    makingPairs: '正在生成配对……',
    trainingAt: (done: number, of: number) => `训练中，第 ${done} / ${of} 次迭代……`,
    notYet: '尚未进行；请按“重流”。',
    panelBefore: '重流前',
    panelAfter: '重流后',
    pathsLabel: (title: string, n: number, t: string) => `${title}：t = ${t} 时的 ${n} 条样本路径`,
    tableCaption: '到数据的能量距离',
    eulerSteps: '欧拉法步数',
    colBefore: '重流前',
    colAfter: '重流后',
    dopri5Row: (tol: string) => `dopri5（${tol}）`,
    dataVsData: '数据对数据',
    caption: (c: CaptionNumbers) =>
      `左图是随站点提供的流匹配模型（1-整流）；右图是重流由它得到的流。重流抽取 ${c.pairs} 个噪声点，从每个点出发求解左边的流（dopri5，容差 ${c.pairTol}），再以左边的流的权重为起点，在这些配对上重新训练（${c.iters} 步 Adam，学习率 ${c.lr}，批大小 ${c.batch}）。直线度 S 是沿路径的 ∫ E‖(x₁ − x₀) − v(x_t, t)‖² dt：匀速直线时为 0。表中给出 ${c.nEuler} 个样本（欧拉法，或按本图容差的 dopri5）与 ${c.nRef} 个数据点之间的能量距离：越低越好；最后一行是数据自身两次抽样之间的距离。`,
  },
});
