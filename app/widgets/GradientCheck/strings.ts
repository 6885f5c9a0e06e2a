/**
 * Strings of `<GradientCheck/>`, English and Chinese (terms from content/zh/terminology.json: 伴随方法,
 * 反向传播, 容差, 函数求值次数). Functions take numbers already formatted by the widget.
 */
import { defineStrings } from '../common/i18n';

type S = string;

export const gradientCheckStrings = defineStrings({
  en: {
    title: 'Gradient check: adjoint, backprop and finite differences',
    tfjsProblem: (why: S) => `tfjs: ${why}`,
    colFiniteDiff: 'finite diff. (f64)',
    colBackprop: 'backprop (tfjs f32)',
    colAdjoint: (rtol: S) => `adjoint (f64, rtol ${rtol})`,
    colOdeintAdjoint: (rtol: S) => `odeintAdjoint (tfjs f32, rtol ${rtol})`,
    readoutAdjoint: (rtol: S, err: S, back: S, fwd: S) =>
      `Adjoint (float64, backward rtol ${rtol}): largest relative error against finite differences ${err}, ${back} backward evaluations for ${fwd} forward.`,
    readoutBackprop: (err: S, fwd: S, ms: S) => ` Backprop (float32): ${err}, ${fwd} forward evaluations, ${ms} ms.`,
    readoutOdeintAdjoint: (err: S, back: S, ms: S) => ` odeintAdjoint (float32): ${err}, ${back} backward evaluations, ${ms} ms.`,
    readoutFiniteDiff: (done: S, total: S) => ` Finite differences: ${done} of ${total} components…`,
    caption: (k: S, T: S, rtol: S) =>
      `The gradient of L = ½‖z(T) − (0.5, 0.5)‖² with respect to z(0) and the 12 weights of the spiral network (defaults: k = ${k}, T = ${T}, backward rtol ${rtol}). ` +
      `Columns: central finite differences in float64 (the reference); backprop through tfjs's odeintTensor in float32; Algorithm 1 in float64 at the backward tolerance you set; ` +
      `tfjs's odeintAdjoint in float32 (its backward rtol is held at 1e−6 or looser, since float32 cannot meet tighter ones). Finite differences perturb each input by ±1e−5 ` +
      `and re-solve on a fine rk4 grid. The last row is the largest error of the whole 14-entry gradient relative to its largest entry. The chart shows the float64 adjoint's ` +
      `error at every backward tolerance (orange) and backprop's error in float32 (blue dashes).`,
    backwardRtol: 'Backward rtol',
    powerOfTen: (e: S) => `10 to the ${e}`,
    contraction: 'Contraction k',
    endTime: 'End time T',
    maxRelError: 'max rel. error (all 14)',
    reference: 'reference',
    chartTitle: 'Adjoint error against backward tolerance',
    legendAdjoint: 'adjoint (float64)',
    legendBackprop: 'backprop (tfjs, float32)',
    chartLabel: 'Adjoint gradient error against backward tolerance',
    xAxis: 'backward rtol',
    yAxis: 'largest relative error',
  },
  zh: {
    title: '梯度检验：伴随方法、反向传播与有限差分',
    tfjsProblem: (why: S) => `tfjs 出错：${why}`,
    colFiniteDiff: '有限差分 (f64)',
    colBackprop: '反向传播 (tfjs f32)',
    colAdjoint: (rtol: S) => `伴随方法 (f64, rtol ${rtol})`,
    colOdeintAdjoint: (rtol: S) => `odeintAdjoint (tfjs f32, rtol ${rtol})`,
    readoutAdjoint: (rtol: S, err: S, back: S, fwd: S) =>
      `伴随方法（float64，反向 rtol ${rtol}）：相对有限差分的最大相对误差 ${err}；反向求值 ${back} 次，前向求值 ${fwd} 次。`,
    readoutBackprop: (err: S, fwd: S, ms: S) => `反向传播（float32）：${err}，前向求值 ${fwd} 次，${ms} ms。`,
    readoutOdeintAdjoint: (err: S, back: S, ms: S) => `odeintAdjoint（float32）：${err}，反向求值 ${back} 次，${ms} ms。`,
    readoutFiniteDiff: (done: S, total: S) => `有限差分：已算 ${done} / ${total} 个分量…`,
    caption: (k: S, T: S, rtol: S) =>
      `L = ½‖z(T) − (0.5, 0.5)‖² 对 z(0) 和螺旋网络 12 个权重的梯度（默认值：k = ${k}，T = ${T}，反向 rtol ${rtol}）。` +
      `各列：float64 的中心有限差分（参照值）；在 float32 下穿过 tfjs 的 odeintTensor 做反向传播；在你设定的反向容差下以 float64 运行的算法 1；` +
      `float32 下 tfjs 的 odeintAdjoint（它的反向 rtol 不低于 1e−6，因为 float32 达不到更严的容差）。有限差分把每个输入扰动 ±1e−5，` +
      `并在精细的 rk4 网格上重新求解。最后一行是整个 14 维梯度的最大误差，相对于其最大分量。图中是 float64 伴随方法在每个反向容差下的误差（橙色）` +
      `和 float32 反向传播的误差（蓝色虚线）。`,
    backwardRtol: '反向 rtol',
    powerOfTen: (e: S) => `10 的 ${e} 次方`,
    contraction: '收缩率 k',
    endTime: '终止时间 T',
    maxRelError: '最大相对误差（全部 14 个）',
    reference: '参照值',
    chartTitle: '伴随方法的误差与反向容差',
    legendAdjoint: '伴随方法 (float64)',
    legendBackprop: '反向传播 (tfjs, float32)',
    chartLabel: '伴随梯度的误差随反向容差的变化',
    xAxis: '反向 rtol',
    yAxis: '最大相对误差',
  },
});
