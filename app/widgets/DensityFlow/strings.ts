/**
 * Strings of `<DensityFlow/>`, English and Chinese (terms from content/zh/terminology.json: 连续归一化流,
 * 迹, 基分布). Functions take numbers already formatted by the widget. In `about`, `{name}` marks a piece of
 * code the widget sets in <code>, the same in both languages.
 */
import { defineStrings } from '../common/i18n';

type S = string;

export const densityFlowStrings = defineStrings({
  en: {
    title: 'A density that flows',
    runsOnFused: 'Runs on: fused WebGL2 program. ',
    runsOnTfjs: 'Runs on: tfjs. ',
    starting: 'Starting… ',
    fusedWhy: 'One pass per step and pixel runs the whole MLP, its exact trace and the RK step.',
    glLost: 'The WebGL context was lost, so tfjs computes.',
    fusedFailed: (detail: S) => `The fused WebGL2 program did not start (${detail}), so tfjs computes.`,
    noDocument: 'No document (not a browser), so tfjs computes.',
    noWebgl2: 'This browser has no WebGL2, so tfjs computes.',
    noFloatRender: 'WebGL2 here cannot render to float textures, so tfjs computes.',
    forced: 'tfjs chosen in the page address (?tfjs=1).',
    tfjsInWorker: ' tfjs computes in a Web Worker.',
    /** The English line quotes the worker's own reason; the Chinese one says the same from the backend's name. */
    tfjsBackend: (backend: S, reason: S) => ` tfjs backend ${backend}: ${reason}`,
    checking: 'Checking against tfjs…',
    checked: (backend: S, pixels: S, diff: S) => `Checked against tfjs (${backend}) on ${pixels} pixels of the t = 1 frame: largest |Δ log p| = ${diff}.`,
    notShipped: (set: S, shipped: S) => `No trained model is shipped for "${set}"; choose one of ${shipped}.`,
    loadFailed: (set: S, status: S) => `The trained model for "${set}" did not load (HTTP ${status}).`,
    unusable: (set: S, detail: S) => `The model file for "${set}" is unusable: ${detail}`,
    workerFailed: 'The tfjs worker failed.',
    failed: (detail: S) => detail,
    about:
      'The shipped weights were trained by {script} (seeded; run with {command}), which writes {dir} and logs each model’s held-out log-likelihood.',
    readout: (t: S, size: S, extent: S, mass: S, lo: S, hi: S) =>
      `t = ${t}: p(z(t)) on a ${size}×${size} grid over [−${extent}, ${extent}]² holds mass ${mass}; log p ranges from ${lo} to ${hi}.`,
    frameTook: (ms: S, k: S) => ` This frame took ${ms} ms (${k} steps per pixel).`,
    computingFrame: (k: S, t: S) => `Computing frame ${k} (t = ${t})…`,
    caption:
      'A trained continuous normalizing flow carries the standard normal at t = 0 into the chosen toy density at t = 1. Heat: p(z(t)) on a grid; ' +
      'each pixel is integrated back to t = 0 with the exact trace. Dots: samples of N(0, I) carried forward. Scrub the time, or click a dot ' +
      '(or type its number) to follow its log-density ledger.',
    dataSet: 'Data set',
    noModel: ' (no model shipped)',
    grid: 'Grid',
    time: 'Time t',
    play: 'Play',
    pause: 'Pause',
    particle: 'Particle',
    framesComputed: 'Frames computed',
    progress: (pct: S) => ` ${pct}% of the frames computed; scrub freely once done.`,
    heatLabel: (t: S, n: S, particle: S) => `Heat map of the density at t = ${t} with ${n} particles; particle ${particle} is circled`,
    ledgerLabel: (particle: S) => `Log-density ledger of particle ${particle}`,
    ledgerCaption: (particle: S, base: S) => `Particle ${particle}: log N(z(0)) = ${base}`,
  },
  zh: {
    title: '流动的密度',
    runsOnFused: '运行于：融合的 WebGL2 程序。',
    runsOnTfjs: '运行于：tfjs。',
    starting: '正在启动…',
    fusedWhy: '每一步、每个像素只需一遍渲染，即可算出整个多层感知机、它的精确迹和一步 RK。',
    glLost: 'WebGL 上下文丢失了，因此改由 tfjs 计算。',
    fusedFailed: (detail: S) => `融合的 WebGL2 程序未能启动（${detail}），因此改由 tfjs 计算。`,
    noDocument: '没有页面文档（不在浏览器中），因此改由 tfjs 计算。',
    noWebgl2: '此浏览器不支持 WebGL2，因此改由 tfjs 计算。',
    noFloatRender: '此处的 WebGL2 不能渲染到浮点纹理，因此改由 tfjs 计算。',
    forced: '页面网址指定了 tfjs（?tfjs=1）。',
    tfjsInWorker: 'tfjs 在 Web Worker 中计算。',
    tfjsBackend: (backend: S) =>
      backend === 'wasm'
        ? 'tfjs 后端 wasm：在 Web Worker 中运行，页面不会卡顿。'
        : `tfjs 后端 ${backend}：在 Web Worker 中以纯 JavaScript 运行，此处 WebAssembly 未能启动。`,
    checking: '正在与 tfjs 的结果核对…',
    checked: (backend: S, pixels: S, diff: S) => `已在 t = 1 这一帧的 ${pixels} 个像素上与 tfjs（${backend}）核对：最大 |Δ log p| = ${diff}。`,
    notShipped: (set: S, shipped: S) => `没有为“${set}”提供训练好的模型；请从这些数据集中选择：${shipped}。`,
    loadFailed: (set: S, status: S) => `“${set}”的训练好的模型未能加载（HTTP ${status}）。`,
    unusable: (set: S, detail: S) => `“${set}”的模型文件无法使用：${detail}`,
    workerFailed: 'tfjs 所在的 Web Worker 出错了。',
    failed: (detail: S) => `密度流已停止：${detail}`,
    about: '随站点提供的权重由 {script} 训练（固定随机种子；运行 {command}），它写出 {dir}，并记录每个模型在留出数据上的对数似然。',
    readout: (t: S, size: S, extent: S, mass: S, lo: S, hi: S) =>
      `t = ${t}：p(z(t)) 在 [−${extent}, ${extent}]² 上的 ${size}×${size} 网格中总质量为 ${mass}；log p 的范围从 ${lo} 到 ${hi}。`,
    frameTook: (ms: S, k: S) => `这一帧用时 ${ms} ms（每个像素 ${k} 步）。`,
    computingFrame: (k: S, t: S) => `正在计算第 ${k} 帧（t = ${t}）…`,
    caption:
      '一个训练好的连续归一化流把 t = 0 时的标准正态分布（基分布）带到 t = 1 时所选的玩具密度。热图：网格上的 p(z(t))；' +
      '每个像素都用精确的迹反向积分回 t = 0。圆点：N(0, I) 的样本被向前带动。拖动时间滑块，或点击一个圆点（或输入它的编号），' +
      '跟踪它的对数密度账本。',
    dataSet: '数据集',
    noModel: '（未提供模型）',
    grid: '网格',
    time: '时间 t',
    play: '播放',
    pause: '暂停',
    particle: '粒子',
    framesComputed: '已计算的帧',
    progress: (pct: S) => ` 已计算 ${pct}% 的帧；全部完成后可随意拖动。`,
    heatLabel: (t: S, n: S, particle: S) => `t = ${t} 时密度的热图，共 ${n} 个粒子；第 ${particle} 号粒子被圈出`,
    ledgerLabel: (particle: S) => `第 ${particle} 号粒子的对数密度账本`,
    ledgerCaption: (particle: S, base: S) => `第 ${particle} 号粒子：log N(z(0)) = ${base}`,
  },
});
