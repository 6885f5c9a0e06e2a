/**
 * Strings of `<AdjointBackward/>`, English and Chinese (terms from content/zh/terminology.json). Functions
 * take numbers already formatted by the widget (the chart kit's notation is the same in both languages).
 */
import { defineStrings } from '../common/i18n';

type S = string;

export const adjointBackwardStrings = defineStrings({
  en: {
    title: 'The backward pass, step by step',
    solveFailed: (message: S) => `The solve failed: ${message}`,
    forwardReadout: (drawn: S, total: S, nfe: S, loss: S) =>
      `Forward solve (dopri5, rtol 1e-7): ${drawn} of ${total} steps drawn, ${nfe} evaluations in all; loss L = ½‖z(T) − target‖² = ${loss}.`,
    backwardReadout: (rtol: S, passed: S, total: S, nfe: S) =>
      `Backward solve (rtol ${rtol}): ${passed} of ${total} steps, ${nfe} evaluations of [f, −aᵀ∂f/∂z, −aᵀ∂f/∂θ].`,
    lastStep: (t: S, a1: S, a2: S, drift: S) => ` At the last step, t = ${t}: a = (${a1}, ${a2}), drift |z_back − z_fwd| = ${drift}.`,
    done: (g1: S, g2: S, drift0: S) => ` Done: dL/dz(0) = (${g1}, ${g2}); z reconstructed at t = 0 is off by ${drift0}.`,
    caption: (k: S, T: S, rtol: S, tx: S, ty: S) =>
      `A 2→2→2 tanh network as the vector field, loss L = ½‖z(T) − target‖². Blue: the forward solve and its accepted steps (dots). ` +
      `Orange: the backward solve of Algorithm 1, which re-integrates z from z(T) back to z(0) (dashed), carries a(t) = ∂L/∂z(t) ` +
      `(arrows at its steps, pointing where L grows fastest) and accumulates dL/dθ (bars; dotted outlines are the final values). ` +
      `Defaults: contraction k = ${k}, T = ${T}, backward rtol ${rtol}, target (${tx}, ${ty}). Drag the target (or focus it and use ` +
      `the arrow keys) to change the loss and watch the arrows and bars follow. Loosen the backward tolerance and watch the steps ` +
      `thin out and the drift grow.`,
    play: 'Play',
    pause: 'Pause',
    replay: 'Replay',
    step: 'Step',
    playhead: 'Playhead',
    forwardAt: (t: S) => `forward solve at t = ${t}`,
    backwardAt: (t: S) => `backward solve at t = ${t}`,
    contraction: 'Contraction k',
    endTime: 'End time T',
    backwardRtol: 'Backward rtol',
    powerOfTen: (e: S) => `10 to the ${e}`,
    barsLabel: 'Parameter gradient a_θ(t), accumulating',
    planeLabel: 'Phase plane: forward path, backward reconstruction, adjoint arrows and the draggable target',
    stripLabel: 'Step marks of the forward and backward solves on the time axis',
    forward: 'forward',
    backward: 'backward',
    draggablePoint: 'draggable point',
    targetLabel: (x: S, y: S) => `Target of the loss at (${x}, ${y}); drag it, or use the arrow keys`,
    target: 'target',
  },
  zh: {
    title: '反向过程，一步一步',
    solveFailed: (message: S) => `求解失败：${message}`,
    forwardReadout: (drawn: S, total: S, nfe: S, loss: S) =>
      `前向求解（dopri5，rtol 1e-7）：已画出 ${drawn} / ${total} 步，共 ${nfe} 次求值；损失 L = ½‖z(T) − 目标点‖² = ${loss}。`,
    backwardReadout: (rtol: S, passed: S, total: S, nfe: S) =>
      `反向求解（rtol ${rtol}）：第 ${passed} / ${total} 步，[f, −aᵀ∂f/∂z, −aᵀ∂f/∂θ] 共求值 ${nfe} 次。`,
    lastStep: (t: S, a1: S, a2: S, drift: S) => `最近一步 t = ${t}：a = (${a1}, ${a2})，漂移 |z_back − z_fwd| = ${drift}。`,
    done: (g1: S, g2: S, drift0: S) => `完成：dL/dz(0) = (${g1}, ${g2})；在 t = 0 处重建的 z 偏差为 ${drift0}。`,
    caption: (k: S, T: S, rtol: S, tx: S, ty: S) =>
      `向量场是一个 2→2→2 的 tanh 网络，损失 L = ½‖z(T) − 目标点‖²。蓝色：前向求解及其接受的步（圆点）。` +
      `橙色：算法 1 的反向求解——它把 z 从 z(T) 反向重新积分回 z(0)（虚线），携带伴随状态 a(t) = ∂L/∂z(t)` +
      `（各步处的箭头，指向 L 增长最快的方向），并累积 dL/dθ（条形；点线框是最终值）。` +
      `默认值：收缩率 k = ${k}，T = ${T}，反向 rtol ${rtol}，目标点 (${tx}, ${ty})。拖动目标点（或聚焦后用方向键）改变损失，` +
      `看箭头和条形如何随之变化。放宽反向容差，看步数变稀、漂移变大。`,
    play: '播放',
    pause: '暂停',
    replay: '重播',
    step: '单步',
    playhead: '播放位置',
    forwardAt: (t: S) => `前向求解，t = ${t}`,
    backwardAt: (t: S) => `反向求解，t = ${t}`,
    contraction: '收缩率 k',
    endTime: '终止时间 T',
    backwardRtol: '反向 rtol',
    powerOfTen: (e: S) => `10 的 ${e} 次方`,
    barsLabel: '参数梯度 a_θ(t)，逐步累积',
    planeLabel: '相平面：前向路径、反向重建、伴随箭头和可拖动的目标点',
    stripLabel: '前向与反向求解在时间轴上的步点',
    forward: '前向',
    backward: '反向',
    draggablePoint: '可拖动的点',
    targetLabel: (x: S, y: S) => `损失的目标点位于 (${x}, ${y})；可拖动，或用方向键移动`,
    target: '目标点',
  },
});
