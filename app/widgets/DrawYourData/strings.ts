/** Draw your data's strings. Terms per content/zh/terminology.json: 流匹配, 条件流匹配 (CFM), 函数求值次数, 容差. */
import { defineStrings } from '../common/i18n';

export const drawYourDataStrings = defineStrings({
  en: {
    title: 'Draw your data, train by flow matching',
    status: (backend: string) => `Training runs on ${backend}`,
    dataCount: (n: number) => `Data: ${n} points.`,
    loss: (iteration: number, recent: string, first: string) => `Iteration ${iteration}: CFM loss ${recent} (mean of the last 20 batches; the first 20 averaged ${first}).`,
    shipped: 'Showing the shipped model for this set; press Train to train one from scratch.',
    noModel: 'No model yet: press Train.',
    loadingShipped: 'Loading the shipped model for this set…',
    solving: 'Solving the samples’ paths with dopri5…',
    nfe: (tol: string, mean: string, n: number, min: number, max: number) => `dopri5 at rtol = atol = ${tol}: ${mean} evaluations per sample (mean over ${n}; ${min}–${max}).`,
    unreadable: (preset: string) => `The drawing in the address could not be read, so the figure shows ${preset} instead.`,
    tooLongForLink: (n: number, max: number) =>
      `The drawing has ${n} pointer samples, more than a link holds (${max}): the address and Copy link keep it as it was at its last stroke that fitted. Everything else you set is in the link.`,
    full: (max: number) => `The drawing is full (${max} pointer samples): clear it to draw again.`,
    tooFew: (min: number) => `Draw at least ${min} points (drag on the picture), or choose a toy set, before training.`,
    planeTitle: 'Samples and their paths over the data',
    planeLabel: (drawing: boolean, points: number, samples: number, t: string) => `${drawing ? 'Drawing area: ' : ''}${points} data points and ${samples} samples at t = ${t}`,
    lossTitle: 'Training loss',
    lossLabel: (n: number) => `Flow-matching loss over ${n} iterations`,
    iteration: 'iteration',
    cfmLoss: 'CFM loss',
    batchLoss: 'batch loss',
    meanOf20: 'mean of 20',
    caption: (dims: string, batch: number, samples: number) =>
      `Choose a toy set, or choose “Points you draw” and drag on the picture with a mouse, pen or finger. Train fits the field (${dims} tanh, t fed to every layer, batch ${batch}) by regressing on x₁ − x₀ along straight noise-to-data lines; no ODE is solved while it trains. Move the time slider to see ${samples} samples travel from noise (t = 0) to data (t = 1) along the trained field’s curved paths, solved by dopri5 at the tolerance you set.`,
  },
  zh: {
    title: '画出你的数据，用流匹配训练',
    status: (backend: string) => `训练运行于 ${backend}`,
    dataCount: (n: number) => `数据：${n} 个点。`,
    loss: (iteration: number, recent: string, first: string) => `第 ${iteration} 次迭代：条件流匹配损失 ${recent}（最近 20 批的平均；最初 20 批平均为 ${first}）。`,
    shipped: '显示的是该数据集随站点提供的模型；按“训练”从头训练一个。',
    noModel: '还没有模型：请按“训练”。',
    loadingShipped: '正在加载该数据集随站点提供的模型……',
    solving: '正在用 dopri5 求解样本的路径……',
    nfe: (tol: string, mean: string, n: number, min: number, max: number) => `dopri5，rtol = atol = ${tol}：每个样本平均 ${mean} 次函数求值（${n} 个样本的平均；${min}–${max}）。`,
    unreadable: (preset: string) => `地址中的图无法读取，因此改为显示“${preset}”。`,
    tooLongForLink: (n: number, max: number) =>
      `这幅图有 ${n} 个指针采样点，超过链接所能容纳的 ${max} 个：地址和“复制链接”保留的是最后一笔仍能容纳时的图。你设置的其他内容都在链接中。`,
    full: (max: number) => `图已画满（${max} 个指针采样点）：清除后才能继续画。`,
    tooFew: (min: number) => `训练前请至少画 ${min} 个点（在图上拖动），或选择一个玩具数据集。`,
    planeTitle: '数据上的样本及其路径',
    planeLabel: (drawing: boolean, points: number, samples: number, t: string) => `${drawing ? '绘图区：' : ''}${points} 个数据点，以及 t = ${t} 时的 ${samples} 个样本`,
    lossTitle: '训练损失',
    lossLabel: (n: number) => `${n} 次迭代的流匹配损失`,
    iteration: '迭代次数',
    cfmLoss: '条件流匹配损失',
    batchLoss: '单批损失',
    meanOf20: '20 批平均',
    caption: (dims: string, batch: number, samples: number) =>
      `选择一个玩具数据集，或选择“你画的点”，然后用鼠标、触控笔或手指在图上拖动。“训练”通过沿噪声到数据的直线对 x₁ − x₀ 做回归来拟合向量场（${dims}，tanh，每层都输入 t，批大小 ${batch}）；训练过程中不求解任何 ODE。拖动时间滑块，可以看到 ${samples} 个样本沿训练所得向量场的弯曲路径从噪声（t = 0）走到数据（t = 1），路径由 dopri5 按你设定的容差求解。`,
  },
});
