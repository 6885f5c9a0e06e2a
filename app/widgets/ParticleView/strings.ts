/** The particle view's strings (issue 16). Equation and method names come from the playground's table. */
import { defineStrings } from '../common/i18n';

/** Why the GPU path is not running: what the effects record, put into words at render time. */
export type GpuFailure = { kind: 'lost'; seconds: number } | { kind: 'unavailable' } | { kind: 'failed'; message: string };

export const particleViewStrings = defineStrings({
  en: {
    title: 'Particles in the flow',
    play: 'Play',
    pause: 'Pause',
    gpuOff: 'GPU turned off in the address (gpu=0), so the particles run in plain JavaScript',
    gpuFailure: (f: GpuFailure) =>
      f.kind === 'lost'
        ? `The WebGL context was lost and not restored within ${f.seconds} s, so the particles run in plain JavaScript`
        : f.kind === 'unavailable'
          ? 'WebGL2 is not available in this browser, so the particles run in plain JavaScript'
          : `WebGL2 failed (${f.message}), so the particles run in plain JavaScript`,
    noField: 'No field to draw until the formula reads.',
    contextLost: (seconds: number) => `The WebGL context was lost (the browser took the GPU back): nothing is drawn while it is gone. It is rebuilt when the browser restores it; after ${seconds} s without, the particles switch to plain JavaScript.`,
    webgl2: (count: string) => `WebGL2: ${count} particles stepped on the GPU by transform feedback, the field compiled to GLSL.`,
    jsCount: (why: string, count: string) => `${why}: ${count} particles.`,
    capped: (ratio: string, screen: string) => `Drawn at ${ratio} pixel density, below this screen's ${screen}, to keep the per-frame fade of the whole canvas affordable.`,
    stoppedLost: 'Stopped: the WebGL context is lost.',
    readout: (count: string, method: string, h: number, state: 'running' | 'offscreen' | 'paused') =>
      `${count} particles, one ${method} step of h = ${h} per frame; ${state === 'running' ? 'running' : state === 'offscreen' ? 'paused off screen' : 'paused'}.`,
    starting: 'Starting…',
    caption: (hint: string, method: string) =>
      `${hint} Each dot is carried by one ${method} step of size h per frame and lives a few seconds before it is reborn at a random place; fading trails show where it has been. With Euler and a large h, watch orbits that should close drift outwards.`,
    canvasLabel: (eq: string) => `Particles flowing through ${eq}`,
  },
  zh: {
    title: '流中的粒子',
    play: '播放',
    pause: '暂停',
    gpuOff: '地址中关闭了 GPU（gpu=0），粒子改用纯 JavaScript 运行',
    gpuFailure: (f: GpuFailure) =>
      f.kind === 'lost'
        ? `WebGL 上下文丢失，${f.seconds} 秒内没有恢复，粒子改用纯 JavaScript 运行`
        : f.kind === 'unavailable'
          ? '这个浏览器不支持 WebGL2，粒子改用纯 JavaScript 运行'
          : `WebGL2 出错（${f.message}），粒子改用纯 JavaScript 运行`,
    noField: '公式可以读懂之前，没有向量场可画。',
    contextLost: (seconds: number) => `WebGL 上下文丢失了（浏览器收回了 GPU）：在恢复之前什么也不画。浏览器恢复它时会重建；${seconds} 秒内没有恢复的话，粒子改用纯 JavaScript。`,
    webgl2: (count: string) => `WebGL2：${count} 个粒子由 GPU 通过 transform feedback 推进，向量场编译为 GLSL。`,
    jsCount: (why: string, count: string) => `${why}：${count} 个粒子。`,
    capped: (ratio: string, screen: string) => `以 ${ratio} 像素密度绘制，低于这块屏幕的 ${screen}，以便整幅画布每帧的淡出负担得起。`,
    stoppedLost: '已停止：WebGL 上下文丢失。',
    readout: (count: string, method: string, h: number, state: 'running' | 'offscreen' | 'paused') =>
      `${count} 个粒子，每帧走一步 ${method}，h = ${h}；${state === 'running' ? '运行中' : state === 'offscreen' ? '移出屏幕，已暂停' : '已暂停'}。`,
    starting: '正在启动…',
    caption: (hint: string, method: string) =>
      `${hint}每个点每帧被一步步长为 h 的${method}推着走，存活几秒后在随机位置重生；渐隐的尾迹显示它走过的路。用欧拉法和较大的 h 时，注意本应闭合的轨道向外漂移。`,
    canvasLabel: (eq: string) => `流过${eq}的粒子`,
  },
});
