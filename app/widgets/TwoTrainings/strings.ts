/** Same data, two trainings: strings. Terms per content/zh/terminology.json: 最大似然, 流匹配, 负对数似然, 函数求值次数. */
import { defineStrings } from '../common/i18n';
import type { Kind } from './useRace';

export const twoTrainingsStrings = defineStrings({
  en: {
    title: 'Same data, two trainings',
    names: { ml: 'Maximum likelihood (chapter 5)', fm: 'Flow matching' } as Record<Kind, string>,
    legend: { ml: 'maximum likelihood', fm: 'flow matching' } as Record<Kind, string>,
    trainBoth: 'Train both',
    status: (backend: string) => `Both train on ${backend}`,
    iterations: (name: string, iters: number, seconds: string) => `${name}: ${iters} iterations in ${seconds} s`,
    perIteration: (ms: string) => `, ${ms} ms per iteration`,
    heldOut: (nll: string, at: string) => `; held-out NLL ${nll} nats at ${at} s`,
    sampling: (tol: string, nfe: string) => `; sampling with dopri5 at ${tol}: ${nfe} evaluations per sample`,
    end: '.',
    samplesLabel: (name: string, n: number) => `${name}: ${n} samples over the data`,
    nllTitle: 'Held-out negative log-likelihood',
    nllLabel: 'Held-out negative log-likelihood against training wall time, both models',
    wallTime: 'training wall time (s)',
    nllAxis: 'held-out NLL (nats)',
    caption: (c: { dims: string; batch: number; lr: string; steps: number; evals: number; turnMs: number; everyS: number; heldOut: number; nllTol: string; samples: number; sampleTol: string }) =>
      `One network (${c.dims} tanh, t fed to every layer), one seeded start, one data set, batch ${c.batch}, Adam at ${c.lr}. Maximum likelihood backpropagates through ${c.steps} fixed Runge–Kutta steps of the field and its exact trace (${c.evals} evaluations); flow matching through one evaluation. They take turns of ${c.turnMs} ms. Every ${c.everyS} s of a model’s own training, both are scored the same way: the negative log-likelihood of ${c.heldOut} held-out points, each by one backward dopri5 solve (rtol = atol = ${c.nllTol}) of the exact trace, and ${c.samples} samples drawn with dopri5 at ${c.sampleTol}.`,
  },
  zh: {
    title: '同一数据，两种训练',
    names: { ml: '最大似然（第 5 章）', fm: '流匹配' } as Record<Kind, string>,
    legend: { ml: '最大似然', fm: '流匹配' } as Record<Kind, string>,
    trainBoth: '同时训练',
    status: (backend: string) => `两者都在 ${backend} 上训练`,
    iterations: (name: string, iters: number, seconds: string) => `${name}：${seconds} 秒内 ${iters} 次迭代`,
    perIteration: (ms: string) => `，每次迭代 ${ms} 毫秒`,
    heldOut: (nll: string, at: string) => `；${at} 秒时留出集负对数似然为 ${nll} 奈特`,
    sampling: (tol: string, nfe: string) => `；用 dopri5（容差 ${tol}）采样：每个样本 ${nfe} 次函数求值`,
    end: '。',
    samplesLabel: (name: string, n: number) => `${name}：数据上的 ${n} 个样本`,
    nllTitle: '留出集负对数似然',
    nllLabel: '两个模型的留出集负对数似然随训练墙钟时间的变化',
    wallTime: '训练墙钟时间（秒）',
    nllAxis: '留出集负对数似然（奈特）',
    caption: (c: { dims: string; batch: number; lr: string; steps: number; evals: number; turnMs: number; everyS: number; heldOut: number; nllTol: string; samples: number; sampleTol: string }) =>
      `同一个网络（${c.dims}，tanh，每层都输入 t），同一个带种子的初始化，同一份数据，批大小 ${c.batch}，Adam 学习率 ${c.lr}。最大似然要对向量场及其精确迹的 ${c.steps} 个固定龙格–库塔步（${c.evals} 次函数求值）做反向传播；流匹配只需对一次求值做反向传播。两者轮流训练，每轮 ${c.turnMs} 毫秒。每个模型自身每训练 ${c.everyS} 秒，两者就用同一方式评分：${c.heldOut} 个留出点的负对数似然，每个点对精确迹做一次反向 dopri5 求解（rtol = atol = ${c.nllTol}）；以及用 dopri5（容差 ${c.sampleTol}）抽取的 ${c.samples} 个样本。`,
  },
});
