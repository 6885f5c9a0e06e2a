/**
 * Strings of `<MemoryMeter/>`, English and Chinese (terms from content/zh/terminology.json: 伴随方法,
 * 反向传播). Functions take numbers already formatted by the widget; byte sizes keep their units (kB, MB).
 */
import { defineStrings } from '../common/i18n';

type S = string;

export const memoryMeterStrings = defineStrings({
  en: {
    title: 'Memory meter: backprop against the adjoint',
    measurementFailed: (why: S) => `Measurement failed: ${why}`,
    readoutBackprop: (steps: S, peak: S, ms: S, nfe: S) => `Backprop, ${steps} steps: peak ${peak}, ${ms} ms, ${nfe} evaluations. `,
    readoutAdjoint: (steps: S, peak: S, ms: S, nfe: S) => `Adjoint, ${steps} steps: peak ${peak}, ${ms} ms, ${nfe} evaluations (forward and backward). `,
    allMeasured: 'All measured.',
    measuring: 'Measuring…',
    pressMeasure: 'Press Measure to start.',
    paused: 'Paused.',
    caption: (batch: S, maxSteps: S, defaultBatch: S) =>
      `One gradient of the mean of z(1)² for a batch of ${batch} states through a 2→32→2 tanh network, t from 0 to 1 in n steps of rk4. ` +
      `Peak: the largest number of bytes tfjs had allocated above what it held before, sampled at every evaluation of the network. ` +
      `Blue: backprop through the solver. Orange: the adjoint. Defaults: steps up to ${maxSteps}, batch ${defaultBatch}. Times depend on your machine; the bytes do not.`,
    stepsUpTo: 'Steps up to',
    batch: 'Batch',
    pause: 'Pause',
    measure: 'Measure',
    measureAgain: 'Measure again',
    legendBackprop: 'backprop through the solver',
    legendAdjoint: 'adjoint',
    peakMemory: 'Peak memory',
    peakMemoryAxis: (unit: S) => `peak memory (${unit})`,
    peakMemoryLabel: 'peak memory against solver steps',
    timePerGradient: 'Time per gradient',
    timeAxis: (unit: S) => `time per gradient (${unit})`,
    timeLabel: 'time per gradient against solver steps',
    stepsAxis: 'solver steps (rk4)',
  },
  zh: {
    title: '内存表：反向传播对比伴随方法',
    measurementFailed: (why: S) => `测量失败：${why}`,
    readoutBackprop: (steps: S, peak: S, ms: S, nfe: S) => `反向传播，${steps} 步：峰值 ${peak}，${ms} ms，求值 ${nfe} 次。`,
    readoutAdjoint: (steps: S, peak: S, ms: S, nfe: S) => `伴随方法，${steps} 步：峰值 ${peak}，${ms} ms，求值 ${nfe} 次（前向加反向）。`,
    allMeasured: '全部测完。',
    measuring: '正在测量…',
    pressMeasure: '按“测量”开始。',
    paused: '已暂停。',
    caption: (batch: S, maxSteps: S, defaultBatch: S) =>
      `一批 ${batch} 个状态穿过一个 2→32→2 的 tanh 网络，t 从 0 到 1 用 rk4 走 n 步，求 z(1)² 均值的一次梯度。` +
      `峰值：tfjs 在原有占用之上分配的最大字节数，在网络的每次求值时采样。` +
      `蓝色：穿过求解器的反向传播。橙色：伴随方法。默认值：步数上限 ${maxSteps}，批大小 ${defaultBatch}。耗时取决于你的机器，字节数则不然。`,
    stepsUpTo: '步数上限',
    batch: '批大小',
    pause: '暂停',
    measure: '测量',
    measureAgain: '重新测量',
    legendBackprop: '穿过求解器的反向传播',
    legendAdjoint: '伴随方法',
    peakMemory: '峰值内存',
    peakMemoryAxis: (unit: S) => `峰值内存 (${unit})`,
    peakMemoryLabel: '峰值内存随求解步数的变化',
    timePerGradient: '每次梯度的耗时',
    timeAxis: (unit: S) => `每次梯度的耗时 (${unit})`,
    timeLabel: '每次梯度的耗时随求解步数的变化',
    stepsAxis: '求解步数 (rk4)',
  },
});
