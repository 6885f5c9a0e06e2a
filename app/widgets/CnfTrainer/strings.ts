/**
 * Strings of `<CnfTrainer/>`, English and Chinese (terms from content/zh/terminology.json: 连续归一化流,
 * 最大似然, 负对数似然, 迹, Hutchinson 迹估计). Functions take numbers already formatted by the widget.
 */
import { defineStrings } from '../common/i18n';

type S = string;

export const cnfTrainerStrings = defineStrings({
  en: {
    title: 'Train a continuous normalizing flow',
    trainingStopped: (why: S) => `Training stopped: ${why}`,
    workerDidNotStart: (detail: S) => `could not start a worker: ${detail}`,
    workerFailed: 'the training worker failed',
    drawMore: 'Draw at least 20 points (drag on the canvas, or use the arrow keys and Space) before training.',
    /** The English line quotes the worker's own reason; the Chinese one says the same from the backend's name. */
    runsOn: (_backend: S, reason: S) => `Training runs on ${reason}`,
    startingWorker: 'Starting the training worker…',
    iteration: (n: S) => `Iteration ${n}`,
    exactNll: (nll: S, points: S, start: S) => `: exact NLL ${nll} nats on ${points} points (started at ${start})`,
    nfePerSolve: (nfe: S, steps: S, batch: S) => `. NFE per solve ${nfe} (3/8-rule, ${steps} steps), batch ${batch}`,
    msPerIteration: (ms: S) => `, ${ms} ms per iteration`,
    sentenceEnd: '.',
    hutchinson: (points: S, exact: S, draws: S, estimate: S, variance: S, theory: S) =>
      ` Trace at t = 1, averaged over ${points} points: exact ${exact}; Hutchinson (${draws} Gaussian draws per point) ${estimate}, variance of one draw ${variance} against 2‖S‖²_F = ${theory}.`,
    caption: (dims: S) =>
      `Press Train to fit a CNF (${dims} tanh, t fed to every layer) by maximum likelihood: each log p(x) is one backward solve of (z, log p). ` +
      `Choose Hutchinson's estimator to train with the noisy one-sample trace FFJORD uses; the readout measures that estimator's variance at the evaluation points. ` +
      `Choose "Points you draw" and drag on the canvas to make your own data.`,
    divergenceWhat: 'training NLL',
    data: 'Data',
    pointsYouDraw: 'Points you draw',
    trace: 'Trace',
    exact: 'exact',
    hutchinsonOption: 'Hutchinson',
    solverSteps: 'Solver steps',
    learningRate: 'Learning rate',
    train: 'Train',
    pause: 'Pause',
    restart: 'Restart',
    clearPoints: 'Clear points',
    densityPanel: 'Learned density and the data',
    drawingCanvas: (n: S) => `Drawing canvas with ${n} points; arrow keys move the cursor, Space adds points`,
    densityCanvas: (n: S) => `Learned density and ${n} data points`,
    nllTitle: 'Negative log-likelihood',
    batchLoss: 'batch loss',
    exactNllLegend: 'exact NLL, evaluation points',
    nllChartLabel: (n: S) => `Negative log-likelihood over ${n} iterations`,
    iterationAxis: 'iteration',
    nllAxis: 'NLL (nats)',
  },
  zh: {
    title: '训练一个连续归一化流',
    trainingStopped: (why: S) => `训练已停止：${why}`,
    workerDidNotStart: (detail: S) => `无法启动 Web Worker：${detail}`,
    workerFailed: '训练用的 Web Worker 出错了',
    drawMore: '训练前请至少画 20 个点（在画布上拖动，或用方向键和空格键）。',
    runsOn: (backend: S) =>
      backend === 'wasm' ? '训练在 Web Worker 中以 wasm 运行，页面不会卡顿。' : '训练在 Web Worker 中以纯 JavaScript 运行：此处 WebAssembly 未能启动。',
    startingWorker: '正在启动训练用的 Web Worker…',
    iteration: (n: S) => `第 ${n} 次迭代`,
    exactNll: (nll: S, points: S, start: S) => `：${points} 个点上的精确负对数似然为 ${nll} nats（起始值 ${start}）`,
    nfePerSolve: (nfe: S, steps: S, batch: S) => `。每次求解的 NFE 为 ${nfe}（3/8 法则，${steps} 步），批大小 ${batch}`,
    msPerIteration: (ms: S) => `，每次迭代 ${ms} ms`,
    sentenceEnd: '。',
    hutchinson: (points: S, exact: S, draws: S, estimate: S, variance: S, theory: S) =>
      `t = 1 处的迹（${points} 个点上的平均）：精确值 ${exact}；Hutchinson 迹估计（每个点 ${draws} 次高斯采样）${estimate}，单次采样的方差 ${variance}，理论值 2‖S‖²_F = ${theory}。`,
    caption: (dims: S) =>
      `按“训练”，用最大似然拟合一个 CNF（${dims} 的 tanh 网络，每一层都输入 t）：每个 log p(x) 是对 (z, log p) 的一次反向求解。` +
      `选择 Hutchinson 迹估计，就用 FFJORD 所用的带噪声的单样本迹来训练；读数会在评估点上测量这个估计量的方差。` +
      `选择“自己画的点”，在画布上拖动，就能造出你自己的数据。`,
    divergenceWhat: '训练负对数似然',
    data: '数据',
    pointsYouDraw: '自己画的点',
    trace: '迹',
    exact: '精确',
    hutchinsonOption: 'Hutchinson 迹估计',
    solverSteps: '求解步数',
    learningRate: '学习率',
    train: '训练',
    pause: '暂停',
    restart: '重新开始',
    clearPoints: '清除点',
    densityPanel: '学到的密度与数据',
    drawingCanvas: (n: S) => `绘图画布，已有 ${n} 个点；方向键移动光标，空格键添加点`,
    densityCanvas: (n: S) => `学到的密度与 ${n} 个数据点`,
    nllTitle: '负对数似然',
    batchLoss: '批次损失',
    exactNllLegend: '精确负对数似然（评估点）',
    nllChartLabel: (n: S) => `${n} 次迭代的负对数似然`,
    iterationAxis: '迭代次数',
    nllAxis: '负对数似然 (nats)',
  },
});
