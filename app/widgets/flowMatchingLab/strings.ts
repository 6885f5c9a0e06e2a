/**
 * Strings shared by chapter 6's three widgets (controls, panels, worker status, model loading). Terms follow
 * content/zh/terminology.json: 流匹配, 重流, 容差, 函数求值次数.
 */
import { toySetStrings } from '../common/toySetStrings';
import { defineStrings } from '../common/i18n';

export const fmLabStrings = defineStrings({
  en: {
    data: 'Data',
    drawnSet: 'Points you draw',
    toySets: toySetStrings.en,
    train: 'Train',
    pause: 'Pause',
    restart: 'Restart',
    clearPoints: 'Clear points',
    time: 'Time t',
    tolerance: 'dopri5 tolerance',
    xAxis: 'x₁',
    yAxis: 'x₂',
    workerWaits: 'The training worker starts when the figure is on screen.',
    workerStarting: 'Starting the training worker…',
    workerFailed: (why: string) => `The training worker did not start: ${why}`,
    loadFailed: (why: string) => `Could not load the trained model: ${why}`,
    samplingFailed: (why: string) => `Sampling failed: ${why}`,
    trainingStopped: (why: string) => `Training stopped: ${why}`,
  },
  zh: {
    data: '数据',
    drawnSet: '你画的点',
    toySets: toySetStrings.zh,
    train: '训练',
    pause: '暂停',
    restart: '重新开始',
    clearPoints: '清除点',
    time: '时间 t',
    tolerance: 'dopri5 容差',
    xAxis: 'x₁',
    yAxis: 'x₂',
    workerWaits: '图进入屏幕后，训练线程才启动。',
    workerStarting: '正在启动训练线程……',
    workerFailed: (why: string) => `训练线程未能启动：${why}`,
    loadFailed: (why: string) => `无法加载训练好的模型：${why}`,
    samplingFailed: (why: string) => `采样失败：${why}`,
    trainingStopped: (why: string) => `训练已停止：${why}`,
  },
});

export type FmLabStrings = (typeof fmLabStrings)['en'];
