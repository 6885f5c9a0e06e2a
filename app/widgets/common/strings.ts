/** Strings of the controls shared by many widgets (train controls, frame, share actions, warnings). */
import type { TfBackendInfo, TfBackendWhy } from '../../runtime/tfBackend';
import { defineStrings } from './i18n';

const ms = (v?: number) => (v === undefined ? '无' : `${v.toFixed(1)} ms`);

/** Why a tfjs backend runs, in Chinese, from the runtime's reason code (runtime/tfBackend.ts). */
function tfWhyZh(why: TfBackendWhy): string {
  const base =
    why.code === 'forced'
      ? `由页面地址指定（?backend=${why.requested}）。`
      : why.code === 'forced-missing'
        ? `地址要求的后端“${why.requested}”在这里不可用。`
        : why.code === 'no-float-targets'
          ? '这里的 WebGL2 不能渲染到浮点纹理，因此运行 wasm。'
          : why.code === 'no-webgl2'
            ? '这个浏览器没有 WebGL2，因此在 CPU 上运行 wasm。'
            : why.code === 'software-webgl'
              ? '这里的 WebGL 是软件渲染器；在 CPU 上 wasm 更快。'
              : `在一个 1024×64 的 MLP 探针上实测：webgl ${ms(why.probe.webgl)}，wasm ${ms(why.probe.wasm)}。`;
  return why.cpuFallback ? `${base}WebAssembly 也没能启动，因此运行较慢的纯 JavaScript 后端。` : base;
}

export const commonStrings = defineStrings({
  en: {
    train: 'Train',
    pause: 'Pause',
    reset: 'Reset',
    trainingProgress: 'Training progress',
    // WidgetFrame and ShareActions
    openAlone: 'Open alone in a new tab ↗',
    openAloneTitle: 'Opens this widget alone, in its current state, in a new tab',
    copyLink: 'Copy link',
    copyLinkTitle: 'Copy the address of this widget in its current state',
    embed: 'Embed',
    embedCode: 'Embed code (an iframe, 600×400)',
    copyEmbedCode: 'Copy embed code',
    linkCopied: 'Link copied',
    linkNotCopied: 'Could not copy: your browser refused the clipboard',
    embedCopied: 'Embed code copied',
    embedNotCopied: 'Could not copy: select the code and copy it by hand',
    aboutFigure: 'About this figure',
    // ScrollRegion
    scrollEquation: 'Wide equation, scrolls sideways',
    scrollCode: 'Code, scrolls sideways',
    scrollTable: 'Wide table, scrolls sideways',
    // DivergenceWarning
    loss: 'loss',
    divergedNonFinite: (what: string, loss: string) => `Training diverged: the ${what} is ${loss}, not a number, so the weights no longer mean anything.`,
    diverging: (what: string, loss: string, best: string) => `Training is diverging: the ${what} climbed to ${loss}, far above its best of ${best}.`,
    adviceLowerRate: (reset: string) => `Lower the learning rate, or press ${reset} to try again.`,
    adviceReset: (reset: string) => `Press ${reset} to start again from fresh weights.`,
    lowerRate: 'Lower the learning rate',
    // URL problems: WidgetFrame prefixes every refused address value (and a widget its own address notes)
    ignoredInAddress: (problem: string) => `Ignored in the address: ${problem}`,
    // tfjs status lines (TfStatus.tsx and the trainers)
    tfStarting: 'Starting tfjs…',
    tfFailed: (error: string) => `tfjs could not start: ${error}`,
    tfBackend: 'tfjs backend: ',
    tfWhy: (info: Pick<TfBackendInfo, 'reason' | 'why'>) => info.reason,
    workerBefore: 'Training runs in a background worker on tfjs ',
    workerAfter: ' (the CPU path), so the page stays responsive.',
  },
  zh: {
    train: '训练',
    pause: '暂停',
    reset: '重置',
    trainingProgress: '训练进度',
    openAlone: '在新标签页中单独打开 ↗',
    openAloneTitle: '在新标签页中单独打开这个组件，保留当前状态',
    copyLink: '复制链接',
    copyLinkTitle: '复制这个组件在当前状态下的地址',
    embed: '嵌入',
    embedCode: '嵌入代码（iframe，600×400）',
    copyEmbedCode: '复制嵌入代码',
    linkCopied: '链接已复制',
    linkNotCopied: '无法复制：浏览器拒绝访问剪贴板',
    embedCopied: '嵌入代码已复制',
    embedNotCopied: '无法复制：请选中代码后手动复制',
    aboutFigure: '关于此图',
    scrollEquation: '宽公式，可横向滚动',
    scrollCode: '代码，可横向滚动',
    scrollTable: '宽表格，可横向滚动',
    loss: '损失',
    divergedNonFinite: (what: string, loss: string) => `训练发散：${what}为 ${loss}，已不是一个数，权重不再有意义。`,
    diverging: (what: string, loss: string, best: string) => `训练正在发散：${what}升到 ${loss}，远高于此前最好的 ${best}。`,
    adviceLowerRate: (reset: string) => `请调低学习率，或按“${reset}”重新开始。`,
    adviceReset: (reset: string) => `请按“${reset}”从新的权重重新开始。`,
    lowerRate: '调低学习率',
    ignoredInAddress: (problem: string) => `地址中的以下设置已被忽略：${problem}`,
    tfStarting: '正在启动 tfjs…',
    tfFailed: (error: string) => `tfjs 无法启动：${error}`,
    tfBackend: 'tfjs 后端：',
    tfWhy: (info: Pick<TfBackendInfo, 'reason' | 'why'>) => tfWhyZh(info.why),
    workerBefore: '训练在后台线程中用 tfjs ',
    workerAfter: ' 运行（CPU 路径），页面因此保持流畅。',
  },
});
