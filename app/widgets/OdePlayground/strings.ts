/**
 * The ODE playground's strings (issue 16): controls, handles, plot names, caption and readout, in English and
 * Chinese. The English names and hints of the preset equations come from the presets themselves
 * (app/math/problems/presets.ts); the Chinese ones are here. The particle view and the convergence plot
 * share the method names and equation names.
 */
import { PRESETS, PRESET_IDS, STIFF_LAMBDA, type PresetId } from '../../math/problems/presets';
import type { Method } from '../../solver/types';
import { defineStrings } from '../common/i18n';

type PresetText = Record<PresetId, { label: string; hint: string }>;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Where a solve stopped, for the failure sentences: " at t = 0.5" in English. */
const atEn = (t: string | null) => (t === null ? '' : ` at t = ${t}`);
const atZh = (t: string | null) => (t === null ? '' : `在 t = ${t} 处`);

/** What the instability sentence is made of, every number already formatted. */
export interface InstabilityParts {
  reach: string;
  t: string;
  lambda: string;
  method: string;
  factorName: string;
  factor: string;
  hStable: string;
}

export const odePlaygroundStrings = defineStrings({
  en: {
    title: 'ODE playground',
    equation: 'Equation',
    typeOwn: 'Type your own: dy/dt = f(t, y)',
    typeOwnPair: 'Type your own pair: x′, y′',
    presets: Object.fromEntries(PRESET_IDS.map((id) => [id, { label: PRESETS[id].label, hint: PRESETS[id].hint }])) as PresetText,
    yourEquation: 'Your equation',
    yourSystem: 'Your system',
    yourEquationHint: 'Your equation: no closed form is known, so no error is shown.',
    yourSystemHint: 'Your system: no closed form is known, so no error is shown.',
    solver: 'Solver',
    methods: { euler: 'Euler', midpoint: 'Midpoint', rk4: 'RK4 (3/8 rule)', bosh3: 'Bosh3', dopri5: 'Dopri5' } as Record<Method, string>,
    stepSize: (h: string) => `Step size h = ${h}`,
    tolerance: (tol: string) => `Tolerance rtol = atol = ${tol}`,
    addValue: 'Add an initial value',
    removeLast: 'Remove the last one',
    y0Problem: (n: number) => `y0: ${n} numbers do not make (x, y) pairs for this 2-D system, so its own starting points are used`,
    initialValueProblem: (i: number, message: string) => `Initial value ${i}: ${message}`,
    noFormula: 'No solution: fix the formula above.',
    caption: (hint: string, maxStages: string, active: number) =>
      `${hint} Drag the numbered handles (or focus one and use the arrow keys). Dots are the solver's accepted steps, faint dots the stage evaluations inside each step (up to ${maxStages} per trajectory), red crosses rejected steps; the dashed curve is the exact solution where one is known. The strip below shows each step's size h against t for initial value ${active}.`,
    slopeFieldLabel: (eq: string, n: number) => `Slope field of ${eq} with ${n} solution${n > 1 ? 's' : ''}`,
    phasePlaneLabel: (eq: string, n: number) => `Phase plane of ${eq} with ${n} trajectories`,
    stripLabel: (accepted: number, rejected: number) => `Step sizes against time: ${accepted} accepted, ${rejected} rejected`,
    stripX: 't (step start)',
    handlesLabel: 'Initial values: drag a point, or focus it and use the arrow keys',
    handleScalar: (i: number, t0: string) => `Initial value ${i}: y at t = ${t0}`,
    draggablePoint: 'draggable point',
    handlePlanar: (i: number, x: string, y: string) => `Initial value ${i}: x = ${x}, y = ${y}. Arrow keys move it.`,
    // readout (readout.ts)
    from: (start: string) => `From ${start}`,
    colon: ': ',
    fullStop: '.',
    counts: (accepted: number, rejected: number, nfe: number) => `${plural(accepted, 'step')} accepted, ${rejected} rejected, ${plural(nfe, 'evaluation')}`,
    errorAt: (t: string, err: string) => `; error at t = ${t}: ${err}`,
    noClosedForm: '; no closed form to compare with',
    noSolution: 'no solution',
    headingAdaptive: (method: string, tol: string) => `${method}, tolerance rtol = atol = ${tol}`,
    headingFixed: (method: string, h: string) => `${method}, step size h = ${h}`,
    valuesReach: (peak: string) => `the values reach ${peak}`,
    valuesOverflow: 'the values overflow',
    stabilityFunction: '|R(hλ)|, its stability function,',
    unstable: (p: InstabilityParts) =>
      `Numerically unstable: ${p.reach}. At t = ${p.t} the field's local rate (an eigenvalue of its Jacobian) is λ ≈ ${p.lambda}, and each ${p.method} step multiplies deviations by ${p.factorName} = ${p.factor} > 1, although the exact solution decays there: take h < ${p.hStable}, or an adaptive method.`,
    blewUp: (t: string | null) => `The solution blew up${atEn(t)}: it reached infinity or NaN, so the solve stopped.`,
    gaveUp: (t: string | null, steps: number) => `The solver gave up${atEn(t)} after ${steps} step attempts: the equation needs tinier steps than this budget allows.`,
    underflow: (t: string | null) => `The step size shrank to nothing${atEn(t)}: the solution is probably blowing up there.`,
    refused: (detail: string) => `The solver refused this setting: ${detail}`,
  },
  zh: {
    title: 'ODE 游乐场',
    equation: '方程',
    typeOwn: '自己输入：dy/dt = f(t, y)',
    typeOwnPair: '自己输入一对：x′, y′',
    presets: {
      power: { label: 'y′ = 2t（原文中的 f′(x) = 2x）', hint: '每个解都是抛物线 t² + C，初值决定 C。' },
      decay: { label: '指数衰减，y′ = −y', hint: '解以与自身大小成正比的速率向 0 收缩。' },
      logistic: { label: '逻辑斯谛增长，y′ = y(1 − y)', hint: 'y 接近 1 时增长放缓；初值低于 0 时，解会在有限时间内发散。' },
      forced: { label: '含时方程，y′ = sin t − y', hint: '斜率场随 t 变化：每个解最终都落到同一条波上。' },
      stiff: { label: `刚性方程，y′ = −${STIFF_LAMBDA}(y − cos t)`, hint: `欧拉法只在步长小于 2/${STIFF_LAMBDA} = ${2 / STIFF_LAMBDA} 时稳定：把 h 从它的一侧滑到另一侧看看。` },
      harmonic: { label: '谐振子', hint: '精确轨道是圆；欧拉法会螺旋向外。' },
      pendulum: { label: '单摆', hint: '小幅摆动近似为圆；用力一推，它就会越过顶点。' },
      vanderpol: { label: 'Van der Pol 振子，μ = 1', hint: '每条轨道都被吸引到同一个闭合环上，即极限环。' },
      spiral: { label: 'torchdiffeq 的螺旋', hint: 'torchdiffeq 演示中学习的系统：从 (2, 0) 出发向内盘旋。' },
    },
    yourEquation: '你的方程',
    yourSystem: '你的方程组',
    yourEquationHint: '你的方程：没有已知的解析解，因此不显示误差。',
    yourSystemHint: '你的方程组：没有已知的解析解，因此不显示误差。',
    solver: '求解器',
    methods: { euler: '欧拉法', midpoint: '中点法', rk4: 'RK4（3/8 法则）', bosh3: 'Bosh3', dopri5: 'Dopri5' },
    stepSize: (h: string) => `步长 h = ${h}`,
    tolerance: (tol: string) => `容差 rtol = atol = ${tol}`,
    addValue: '添加一个初值',
    removeLast: '删除最后一个',
    y0Problem: (n: number) => `y0：${n} 个数凑不成这个二维系统的 (x, y) 坐标对，因此改用它自带的初始点`,
    initialValueProblem: (i: number, message: string) => `初值 ${i}：${message}`,
    noFormula: '无解：请修改上面的公式。',
    caption: (hint: string, maxStages: string, active: number) =>
      `${hint}拖动带编号的控制点（或聚焦其中一个后用方向键）。圆点是求解器接受的步，浅色圆点是每一步内部的级求值（每条轨迹最多画 ${maxStages} 个），红叉是被拒绝的步；虚线是精确解（已知时）。下方条带显示初值 ${active} 每一步的步长 h 随 t 的变化。`,
    slopeFieldLabel: (eq: string, n: number) => `${eq}的斜率场，含 ${n} 条解曲线`,
    phasePlaneLabel: (eq: string, n: number) => `${eq}的相平面，含 ${n} 条轨迹`,
    stripLabel: (accepted: number, rejected: number) => `步长随时间的变化：接受 ${accepted} 步，拒绝 ${rejected} 步`,
    stripX: 't（步的起点）',
    handlesLabel: '初值：拖动一个点，或聚焦后用方向键移动',
    handleScalar: (i: number, t0: string) => `初值 ${i}：t = ${t0} 时的 y`,
    draggablePoint: '可拖动的点',
    handlePlanar: (i: number, x: string, y: string) => `初值 ${i}：x = ${x}，y = ${y}。方向键可以移动它。`,
    from: (start: string) => `从 ${start} 出发`,
    colon: '：',
    fullStop: '。',
    counts: (accepted: number, rejected: number, nfe: number) => `接受 ${accepted} 步，拒绝 ${rejected} 步，求值 ${nfe} 次`,
    errorAt: (t: string, err: string) => `；t = ${t} 处的误差：${err}`,
    noClosedForm: '；没有解析解可供比较',
    noSolution: '无解',
    headingAdaptive: (method: string, tol: string) => `${method}，容差 rtol = atol = ${tol}`,
    headingFixed: (method: string, h: string) => `${method}，步长 h = ${h}`,
    valuesReach: (peak: string) => `数值达到 ${peak}`,
    valuesOverflow: '数值溢出',
    stabilityFunction: '|R(hλ)|（它的稳定性函数）',
    unstable: (p: InstabilityParts) =>
      `数值不稳定：${p.reach}。在 t = ${p.t} 处，向量场的局部变化率（其雅可比矩阵的一个特征值）为 λ ≈ ${p.lambda}，${p.method}每走一步，偏差都要乘以 ${p.factorName} = ${p.factor} > 1，而精确解在那里是衰减的：请取 h < ${p.hStable}，或改用自适应步长方法。`,
    blewUp: (t: string | null) => `解${atZh(t)}发散了：它达到了无穷大或 NaN，求解因此停止。`,
    gaveUp: (t: string | null, steps: number) => `求解器${atZh(t)}尝试了 ${steps} 步后放弃：这个方程需要的步长比预算允许的还小。`,
    underflow: (t: string | null) => `步长${atZh(t)}缩小到零：解很可能在那里发散。`,
    refused: (detail: string) => `求解器拒绝了这个设置：${detail}`,
  },
});

export type OdePlaygroundStrings = typeof odePlaygroundStrings.en;

/** The name and hint of an equation choice (a preset, or the reader's own) in the strings' language. */
export function equationText(id: PresetId | 'custom' | 'custom2', s: OdePlaygroundStrings): { label: string; hint: string } {
  if (id === 'custom') return { label: s.yourEquation, hint: s.yourEquationHint };
  if (id === 'custom2') return { label: s.yourSystem, hint: s.yourSystemHint };
  return s.presets[id];
}
