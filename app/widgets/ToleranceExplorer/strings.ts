/** The tolerance explorer's strings (issue 16): controls, panels, axes, readout and status. */
import { defineStrings } from '../common/i18n';
import { EXPLORER_CAPTION } from './caption';

/** One measured point, every number already formatted. */
export interface PointText {
  rtol: string;
  atol: string;
  method: string;
  nfe: number;
  accepted: number;
  rejected: number;
  ms: string;
}

export const toleranceExplorerStrings = defineStrings({
  en: {
    title: 'Tolerance explorer',
    caption: EXPLORER_CAPTION,
    solver: 'Solver',
    tolerance: 'Tolerance (rtol)',
    nfeTitle: 'Evaluations against tolerance',
    errorTitle: 'Numerical error against tolerance',
    timeTitle: 'Time of one solve against evaluations',
    nfeLabel: 'Function evaluations against tolerance, log-log',
    errorLabel: 'Largest numerical error against tolerance, log-log, with the line error = rtol',
    timeLabel: 'Wall time of one forward solve against its function evaluations',
    evaluations: 'evaluations',
    largestError: 'largest error',
    msPerSolve: 'ms per solve',
    cannotLoad: (url: string, status: number) => `Could not load the trained field (${url}: HTTP ${status}).`,
    sweepStopped: (message: string) => `The sweep stopped: ${message}`,
    noMeasurements: 'No measurements.',
    solvingReference: (rtol: string) => `Solving the reference trajectory (rtol ${rtol})…`,
    floorOnly: (method: string, floor: string) => `${method} is swept down to rtol ${floor} only: below that one solve takes tens of thousands of evaluations.`,
    measuring: (rtol: string, done: number, total: number) => `Measuring rtol ${rtol}… (${done} of ${total} tolerances done)`,
    pointLine: (p: PointText) => `rtol ${p.rtol}, atol ${p.atol} with ${p.method}: ${p.nfe} evaluations (${p.accepted} steps accepted, ${p.rejected} rejected), ${p.ms} ms per solve.`,
    errorLine: (err: string, rtol: string, refNfe: string) => `Largest error over the trajectory: ${err}, against a dopri5 solve of the same field at rtol ${rtol} (${refNfe} evaluations).`,
    fieldStatus: (iteration: number, seed: number, done: boolean) => `Field: the shipped spiral checkpoint (iteration ${iteration}, seed ${seed}). Every point is solved and timed on this device in a background worker${done ? '' : ', one tolerance after another'}.`,
    loadingField: 'Loading the trained field…',
  },
  zh: {
    title: '容差探索器',
    caption:
      '训练好的螺旋向量场，从 (2, 0) 出发在 [0, 25] 上求解，容差从 10⁻² 到 10⁻¹⁰（atol = rtol/100）。第一张图：容差越严，函数求值次数越多。第二张：数值误差（不是模型的误差）随容差下降，与虚线 误差 = rtol 平行但在它上方，因为容差约束的是每一步的局部误差，而不是整条轨迹上累积的误差。第三张：一次求解的时间与函数求值次数成正比。默认：dopri5，rtol 10⁻⁵。',
    solver: '求解器',
    tolerance: '容差（rtol）',
    nfeTitle: '函数求值次数随容差的变化',
    errorTitle: '数值误差随容差的变化',
    timeTitle: '一次求解的时间随函数求值次数的变化',
    nfeLabel: '函数求值次数随容差的变化，双对数坐标',
    errorLabel: '最大数值误差随容差的变化，双对数坐标，附 误差 = rtol 的直线',
    timeLabel: '一次前向求解的实际耗时随其函数求值次数的变化',
    evaluations: '求值次数',
    largestError: '最大误差',
    msPerSolve: '每次求解的 ms',
    cannotLoad: (url: string, status: number) => `无法载入训练好的向量场（${url}：HTTP ${status}）。`,
    sweepStopped: (message: string) => `扫描中止：${message}`,
    noMeasurements: '没有测量结果。',
    solvingReference: (rtol: string) => `正在求解参考轨迹（rtol ${rtol}）…`,
    floorOnly: (method: string, floor: string) => `${method} 只扫描到 rtol ${floor}：再严的话，一次求解要几万次函数求值。`,
    measuring: (rtol: string, done: number, total: number) => `正在测量 rtol ${rtol}…（${total} 个容差中已完成 ${done} 个）`,
    pointLine: (p: PointText) => `rtol ${p.rtol}，atol ${p.atol}，${p.method}：求值 ${p.nfe} 次（接受 ${p.accepted} 步，拒绝 ${p.rejected} 步），每次求解 ${p.ms} ms。`,
    errorLine: (err: string, rtol: string, refNfe: string) => `整条轨迹上的最大误差：${err}，参照同一向量场在 rtol ${rtol} 下的 dopri5 解（求值 ${refNfe} 次）。`,
    fieldStatus: (iteration: number, seed: number, done: boolean) => `向量场：随站点提供的螺旋检查点（第 ${iteration} 次迭代，随机种子 ${seed}）。每个点都在本设备的后台线程中求解并计时${done ? '' : '，一个容差接一个容差'}。`,
    loadingField: '正在载入训练好的向量场…',
  },
});
