/**
 * Strings of chapter 4's tfjs worker as its widgets (MemoryMeter, GradientCheck) report it: the status line
 * and why the worker is unusable, in English and Chinese. The worker's backend reason (app/runtime/workerTf.ts)
 * is English; the Chinese line says the same from the backend's name (wasm, or plain JavaScript).
 */
import { defineStrings } from '../common/i18n';

type S = string;

export const tfWorkerStrings = defineStrings({
  en: {
    couldNotStart: (why: S) => `tfjs could not start: ${why}`,
    workerDidNotStart: (detail: S) => `could not start a worker: ${detail}`,
    workerCrashed: 'the tfjs worker failed',
    starting: 'Starting tfjs…',
    backend: (name: S, reason: S) => `tfjs backend: ${name} — ${reason}`,
  },
  zh: {
    couldNotStart: (why: S) => `tfjs 未能启动：${why}`,
    workerDidNotStart: (detail: S) => `无法启动 Web Worker：${detail}`,
    workerCrashed: 'tfjs 所在的 Web Worker 出错了',
    starting: '正在启动 tfjs…',
    backend: (name: S) =>
      name === 'wasm' ? 'tfjs 后端：wasm——在 Web Worker 中运行，页面不会卡顿。' : `tfjs 后端：${name}——在 Web Worker 中以纯 JavaScript 运行，此处 WebAssembly 未能启动。`,
  },
});
