/** The convergence plot's strings (issue 16). Method and equation names come from the playground's table. */
import { defineStrings } from '../common/i18n';

export const convergenceStrings = defineStrings({
  en: {
    title: 'Convergence: error against step size and against evaluations',
    problem: 'Problem',
    referenceSolution: ' (reference solution)',
    legendLabel: 'Methods and measured slopes',
    noSlope: 'no slope (exact up to rounding)',
    slope: (s: string) => `slope ${s}`,
    measured: (eq: string) => `Measured slopes of log error against log h on ${eq}: `,
    listSeparator: ', ',
    ordersBuiltIn: ' (orders built in: 1, 2, 4, 5).',
    solvingFirst: (eq: string, total: number) => `Solving ${eq} at many step sizes… (0 of ${total} methods done)`,
    solvingMore: (eq: string, done: number, total: number) => `Solving ${eq} at ever smaller step sizes… (${done} of ${total} methods done)`,
    caption:
      'Each dot is one full solve from t₀ to t₁; its height is the error at t₁ against the exact solution (or, without a closed form, a Dopri5 reference at rtol 1e-13). Fixed-step methods use 4 to 1,024 steps; Dopri5 runs at tolerances 1e-3 to 1e-11 and sits at its mean accepted step. Straight lines are least-squares fits over the smaller-step half, above the rounding floor: on a log-log plot a method of order p has slope p against h and −p against evaluations.',
    panelH: 'Error against step size, log-log',
    panelNfe: 'Error against function evaluations, log-log',
    axisH: 'step size h (log)',
    axisNfe: 'function evaluations (log)',
    axisError: 'error at t₁ (log)',
    blowUps: (n: number, worst: string) => `▲ ${n === 1 ? 'One solve' : `${n} solves`} blew up (error up to ${worst}): the step is too large for the method. ${n === 1 ? 'It is' : 'They are'} marked at the top of the error axis and not fitted.`,
  },
  zh: {
    title: '收敛性：误差随步长和随函数求值次数的变化',
    problem: '问题',
    referenceSolution: '（参考解）',
    legendLabel: '各方法及测得的斜率',
    noSlope: '无斜率（精确到舍入误差）',
    slope: (s: string) => `斜率 ${s}`,
    measured: (eq: string) => `在${eq}上测得的 log 误差对 log h 的斜率：`,
    listSeparator: '，',
    ordersBuiltIn: '（设计阶数：1、2、4、5）。',
    solvingFirst: (eq: string, total: number) => `正在用许多不同步长求解${eq}…（${total} 个方法中已完成 0 个）`,
    solvingMore: (eq: string, done: number, total: number) => `正在用越来越小的步长求解${eq}…（${total} 个方法中已完成 ${done} 个）`,
    caption:
      '每个点是一次从 t₀ 到 t₁ 的完整求解；它的高度是 t₁ 处相对精确解的误差（没有解析解时，相对 rtol 1e-13 的 Dopri5 参考解）。定步长方法用 4 到 1,024 步；Dopri5 在容差 1e-3 到 1e-11 下运行，横坐标取它接受的步的平均步长。直线是在步长较小的一半、舍入误差下限之上做的最小二乘拟合：在双对数坐标中，p 阶方法对 h 的斜率为 p，对函数求值次数的斜率为 −p。',
    panelH: '误差随步长的变化，双对数坐标',
    panelNfe: '误差随函数求值次数的变化，双对数坐标',
    axisH: '步长 h（对数）',
    axisNfe: '函数求值次数（对数）',
    axisError: 't₁ 处的误差（对数）',
    blowUps: (n: number, worst: string) => `▲ 有 ${n} 次求解发散（误差最大达 ${worst}）：步长对该方法过大。这些点标在误差轴顶端，不参与拟合。`,
  },
});
