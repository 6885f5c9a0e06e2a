/** The network comparison's strings (issue 16): table, readout, status, caption and messages. */
import type { NetKind } from '../../nn/classify/netKinds';
import { defineStrings } from '../common/i18n';
import { meta } from './meta';

/** Where training runs: a worker or this page, on which tfjs backend. */
export interface Where {
  inWorker: boolean;
  backend: string;
}

/** The settings of the precomputed run, for its summary lines. */
export interface RunSettings {
  seed: number;
  iterations: number;
  batch: number;
  lr: number;
  backend: string;
}

export const networkComparisonStrings = defineStrings({
  en: {
    title: meta.title,
    // The names nn/classify gives the four networks (NET_LABELS), written out so this table pulls no tfjs module in.
    netLabels: { mlp: '1-layer MLP', resnet: 'ResNet', rknet: 'RK-Net', odenet: 'ODE-Net' } as Record<NetKind, string>,
    where: (w: Where) => (w.inWorker ? `a worker, tfjs ${w.backend}` : `this page, tfjs ${w.backend}`),
    lossItem: (kind: string, _label: string, loss: string) => `${kind}: ${loss}`,
    listSeparator: ', ',
    done: 'Done',
    training: 'Training',
    stopped: 'Stopped',
    progressLine: (state: string, counts: string, target: number, losses: string) => `${state}: ${counts} of ${target} iterations (MLP / ResNet / RK-Net / ODE-Net). Loss ${losses}.`,
    showingPrecomputed: 'Showing the precomputed run below; press Train to run the comparison in this tab.',
    pressTrain: 'Press Train to run the comparison in this tab.',
    trainingStopped: (why: string) => `Training stopped: ${why}`,
    runsIn: (where: string) => `Training runs in ${where}.`,
    runsInWorker: 'Training runs in a background worker on tfjs (wasm, else cpu), started when you press Train.',
    renderer: (name: string) => `WebGL renderer reported by this browser: ${name}.`,
    caption: (seed: number, target: number) =>
      `Four networks learn the 1,797 UCI 8×8 handwritten digits (1,437 to train, 360 held out), seed ${seed}, ${target} Adam iterations of 64 images each, taking turns one iteration at a time in a background worker (so the page stays responsive). Peak memory is the most tensor memory a gradient step held beyond what existed before it, by tfjs's own accounting; NFE counts the forward solve (and, for the ODE-Net, the adjoint's backward solve). Times depend on this device and backend.`,
    divergedWhat: (net: string) => `${net} loss (cross-entropy)`,
    stop: 'Stop',
    resume: 'Resume',
    train: 'Train',
    liveLabel: 'Live comparison',
    liveIn: (where: string) => `Live, in this tab: trained in ${where}`,
    live: 'Live, in this tab',
    precomputedLabel: 'Precomputed comparison',
    cannotLoad: (why: string) => `The precomputed table could not be loaded (${why}).`,
    precomputedSummary: (r: RunSettings) => `Precomputed: seed ${r.seed}, ${r.iterations} iterations of ${r.batch}, Adam lr ${r.lr}, tfjs ${r.backend}.`,
    precomputedBy: (by: string, command: string, r: RunSettings) => `Precomputed by ${by} (${command}): seed ${r.seed}, ${r.iterations} iterations of ${r.batch}, Adam lr ${r.lr}, tfjs ${r.backend}.`,
    network: 'Network',
    parameters: 'Parameters',
    testError: 'Test error',
    peakMemory: 'Peak memory',
    timePerIteration: 'Time / iteration',
    progress: 'Progress',
    blocks: (n: number) => `${n} blocks`,
    back: (n: string) => `${n} back`,
    rowProgress: (net: string) => `${net} training progress`,
  },
  zh: {
    title: meta.zh.title,
    netLabels: { mlp: '单层 MLP', resnet: '残差网络', rknet: 'RK-Net', odenet: 'ODE-Net' },
    where: (w: Where) => (w.inWorker ? `后台线程，tfjs ${w.backend}` : `本页面，tfjs ${w.backend}`),
    lossItem: (_kind: string, label: string, loss: string) => `${label} ${loss}`,
    listSeparator: '，',
    done: '完成',
    training: '训练中',
    stopped: '已停止',
    progressLine: (state: string, counts: string, target: number, losses: string) => `${state}：${counts}，共 ${target} 次迭代（MLP / 残差网络 / RK-Net / ODE-Net）。损失 ${losses}。`,
    showingPrecomputed: '下面显示的是预先计算的结果；按“训练”可在这个标签页里重新比较。',
    pressTrain: '按“训练”在这个标签页里运行比较。',
    trainingStopped: (why: string) => `训练已停止：${why}`,
    runsIn: (where: string) => `训练运行于${where}。`,
    runsInWorker: '训练在后台线程中用 tfjs（wasm，否则 cpu）运行，按“训练”后启动。',
    renderer: (name: string) => `这个浏览器报告的 WebGL 渲染器：${name}。`,
    caption: (seed: number, target: number) =>
      `四个网络学习 UCI 的 1,797 张 8×8 手写数字（1,437 张训练，360 张留作测试），随机种子 ${seed}，${target} 次 Adam 迭代，每次 64 张图，在后台线程中每次一个迭代轮流进行（页面因此保持流畅）。峰值内存是一个梯度步在此前已有内存之外占用的最多张量内存，按 tfjs 自己的统计；NFE 计的是前向求解（对 ODE-Net 还有伴随方法的反向求解）。时间取决于这台设备和后端。`,
    divergedWhat: (net: string) => `${net}的损失（交叉熵）`,
    stop: '停止',
    resume: '继续',
    train: '训练',
    liveLabel: '实时比较',
    liveIn: (where: string) => `实时，在这个标签页里：训练运行于${where}`,
    live: '实时，在这个标签页里',
    precomputedLabel: '预先计算的比较',
    cannotLoad: (why: string) => `无法载入预先计算的表格（${why}）。`,
    precomputedSummary: (r: RunSettings) => `预先计算：随机种子 ${r.seed}，${r.iterations} 次迭代，每批 ${r.batch}，Adam 学习率 ${r.lr}，tfjs ${r.backend}。`,
    precomputedBy: (by: string, command: string, r: RunSettings) => `由 ${by}（${command}）预先计算：随机种子 ${r.seed}，${r.iterations} 次迭代，每批 ${r.batch}，Adam 学习率 ${r.lr}，tfjs ${r.backend}。`,
    network: '网络',
    parameters: '参数量',
    testError: '测试错误率',
    peakMemory: '峰值内存',
    timePerIteration: '每次迭代耗时',
    progress: '进度',
    blocks: (n: number) => `${n} 个块`,
    back: (n: string) => `反向 ${n}`,
    rowProgress: (net: string) => `${net}训练进度`,
  },
});

export type NetworkComparisonStrings = typeof networkComparisonStrings.en;
