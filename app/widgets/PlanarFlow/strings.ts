/**
 * Strings of `<PlanarFlow/>`, English and Chinese (terms from content/zh/terminology.json: 归一化流,
 * 连续归一化流). Functions take numbers already formatted by the widget; model names (planar NF, planar CNF),
 * KL(q‖p) and the targets' U1–U3 stay as in the paper.
 */
import { defineStrings } from '../common/i18n';

type S = string;

export const planarFlowStrings = defineStrings({
  en: {
    title: 'Planar flow against planar CNF',
    trainingStopped: (why: S) => `Training stopped: ${why}`,
    workerFailed: 'the worker failed',
    /** The English line quotes the worker's own reason; the Chinese one says the same from the backend's name. */
    runsOn: (_backend: S, reason: S) => `Training runs on ${reason}`,
    startingWorker: 'Starting the training worker…',
    readout: (iter: S, max: S, samples: S, K: S, nfParams: S, nfKl: S, M: S, cnfParams: S, nfe: S, cnfKl: S) =>
      `Iteration ${iter} of ${max}. KL(q‖p) estimated on ${samples} samples: planar NF with K = ${K} layers (${nfParams} parameters) ${nfKl}; ` +
      `planar CNF with M = ${M} units (${cnfParams} parameters, ${nfe} evaluations per solve) ${cnfKl}.`,
    logZ: (logZ: S) => ` (log Z = ${logZ}, computed on a grid.)`,
    caption: (batch: S) =>
      `Both flows start from N(0, I) and are trained side by side, with Adam on batches of ${batch}, to minimise KL(q‖p) against the target on the left. ` +
      `Choose K and M (the paper's panels use 2, 8 and 32), press Train, and compare the sample histograms and the KL estimates.`,
    target: 'Target',
    nfLayers: 'NF layers K',
    cnfUnits: 'CNF units M',
    train: 'Train',
    pause: 'Pause',
    restart: 'Restart',
    divergingNf: 'planar NF training loss (KL estimate without log Z)',
    divergingCnf: 'planar CNF training loss (KL estimate without log Z)',
    targetPanel: (name: S) => `Target exp(−U), ${name}`,
    nfPanel: (K: S) => `Planar NF, K = ${K}: samples`,
    cnfPanel: (M: S) => `Planar CNF, M = ${M}: samples`,
    ring: 'U1: broken ring',
    wave: 'U2: sine wave',
    split: 'U3: split wave',
  },
  zh: {
    title: '平面流对比平面 CNF',
    trainingStopped: (why: S) => `训练已停止：${why}`,
    workerFailed: 'Web Worker 出错了',
    runsOn: (backend: S) =>
      backend === 'wasm' ? '训练在 Web Worker 中以 wasm 运行，页面不会卡顿。' : '训练在 Web Worker 中以纯 JavaScript 运行：此处 WebAssembly 未能启动。',
    startingWorker: '正在启动训练用的 Web Worker…',
    readout: (iter: S, max: S, samples: S, K: S, nfParams: S, nfKl: S, M: S, cnfParams: S, nfe: S, cnfKl: S) =>
      `第 ${iter} / ${max} 次迭代。在 ${samples} 个样本上估计的 KL(q‖p)：K = ${K} 层的平面 NF（${nfParams} 个参数）为 ${nfKl}；` +
      `M = ${M} 个单元的平面 CNF（${cnfParams} 个参数，每次求解求值 ${nfe} 次）为 ${cnfKl}。`,
    logZ: (logZ: S) => `（log Z = ${logZ}，在网格上计算。）`,
    caption: (batch: S) =>
      `两个流都从 N(0, I) 出发，并排训练：用 Adam，每批 ${batch} 个样本，最小化相对左侧目标的 KL(q‖p)。` +
      `选择 K 和 M（论文的各图用 2、8 和 32），按“训练”，比较样本直方图和 KL 估计。`,
    target: '目标',
    nfLayers: 'NF 层数 K',
    cnfUnits: 'CNF 单元数 M',
    train: '训练',
    pause: '暂停',
    restart: '重新开始',
    divergingNf: '平面 NF 的训练损失（不含 log Z 的 KL 估计）',
    divergingCnf: '平面 CNF 的训练损失（不含 log Z 的 KL 估计）',
    targetPanel: (name: S) => `目标 exp(−U)，${name}`,
    nfPanel: (K: S) => `平面 NF，K = ${K}：样本`,
    cnfPanel: (M: S) => `平面 CNF，M = ${M}：样本`,
    ring: 'U1：断开的圆环',
    wave: 'U2：正弦波',
    split: 'U3：分裂的波',
  },
});
