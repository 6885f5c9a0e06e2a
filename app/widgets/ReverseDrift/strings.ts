/**
 * Strings of `<ReverseDrift/>`, English and Chinese (terms from content/zh/terminology.json: 检查点, 容差,
 * 伴随方法). Functions take numbers already formatted by the widget.
 */
import { defineStrings } from '../common/i18n';

type S = string;

export const reverseDriftStrings = defineStrings({
  en: {
    title: 'Reverse drift and checkpointing',
    referenceFailed: 'the reference solve failed',
    solveFailed: (why: S) => `The solve failed: ${why}`,
    noCheckpoints: 'No checkpoints (Algorithm 1 as printed)',
    checkpoints: (n: S) => `${n} checkpoint${n === '1' ? '' : 's'}`,
    readout: (zb1: S, zb2: S, z0: S, err: S, grad: S, nfe: S) =>
      `: the backward solve reaches t = 0 at (${zb1}, ${zb2}) instead of (${z0}), an error of ${err}; dL/dθ is off by ${grad} (relative); backward evaluations ${nfe}.`,
    caption: (z0: S, T: S, k: S, tol: S, checkpoints: S) =>
      `The same 2→2→2 tanh network, with weights that contract one direction at rate k and the other at rate 0.5, solved from z(0) = (${z0}) to T = ${T} ` +
      `(defaults: k = ${k}, tolerance ${tol}, ${checkpoints === '0' ? 'no' : checkpoints} checkpoints). Blue: the forward solve. Orange, dashed: z as the backward ` +
      `solve rebuilds it from z(T). Squares: stored checkpoints, where the backward solve restarts z from the forward value. Right: the error at t = 0 (orange) ` +
      `and of the parameter gradient (blue) against the number of checkpoints, measured live.`,
    contraction: 'Contraction k',
    checkpointsControl: 'Checkpoints',
    tolerance: 'Tolerance',
    powerOfTen: (e: S) => `10 to the ${e}`,
    planeTitle: 'Forward path, backward reconstruction, checkpoints',
    planeLabel: 'Forward path, backward reconstruction of z and checkpoints',
    rebuilt: 'rebuilt z(0)',
    offChart: (x: S, y: S) => `backward z(0) lands off the chart: (${x}, ${y})`,
    measuring: (n: S, total: S) => `measuring ${n}/${total}…`,
    chartTitle: 'Error against checkpoints',
    legendRebuilt: 'rebuilt z(0): distance to the true z(0)',
    legendGradient: 'dL/dθ: relative error',
    chartLabel: 'Error against number of checkpoints',
    xAxis: 'checkpoints stored',
    yAxis: 'error',
  },
  zh: {
    title: '反向漂移与检查点',
    referenceFailed: '参照求解失败',
    solveFailed: (why: S) => `求解失败：${why}`,
    noCheckpoints: '不设检查点（照原文的算法 1）',
    checkpoints: (n: S) => `${n} 个检查点`,
    readout: (zb1: S, zb2: S, z0: S, err: S, grad: S, nfe: S) =>
      `：反向求解在 t = 0 时到达 (${zb1}, ${zb2})，而不是 (${z0})，误差为 ${err}；dL/dθ 的相对误差为 ${grad}；反向求值 ${nfe} 次。`,
    caption: (z0: S, T: S, k: S, tol: S, checkpoints: S) =>
      `同样的 2→2→2 tanh 网络，权重让一个方向以速率 k 收缩、另一个方向以速率 0.5 收缩，从 z(0) = (${z0}) 求解到 T = ${T}` +
      `（默认值：k = ${k}，容差 ${tol}，${checkpoints === '0' ? '不设' : `${checkpoints} 个`}检查点）。蓝色：前向求解。橙色虚线：反向求解从 z(T) 重建的 z。` +
      `方块：存储的检查点，反向求解在这里用前向的值重新开始 z。右图：t = 0 处的误差（橙色）和参数梯度的误差（蓝色）随检查点数目的变化，实时测量。`,
    contraction: '收缩率 k',
    checkpointsControl: '检查点',
    tolerance: '容差',
    powerOfTen: (e: S) => `10 的 ${e} 次方`,
    planeTitle: '前向路径、反向重建与检查点',
    planeLabel: '前向路径、z 的反向重建与检查点',
    rebuilt: '重建的 z(0)',
    offChart: (x: S, y: S) => `反向得到的 z(0) 落在图外：(${x}, ${y})`,
    measuring: (n: S, total: S) => `正在测量 ${n}/${total}…`,
    chartTitle: '误差与检查点数目',
    legendRebuilt: '重建的 z(0)：到真实 z(0) 的距离',
    legendGradient: 'dL/dθ：相对误差',
    chartLabel: '误差随检查点数目的变化',
    xAxis: '存储的检查点数',
    yAxis: '误差',
  },
});
