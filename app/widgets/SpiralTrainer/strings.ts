/** The spiral trainer's strings (issue 16): controls, panel titles, legends, axes, readout and messages. */
import type { SpiralMethod } from '../../nn/spiral/tableaus';
import type { OdeErrorCode } from '../../solver/types';
import { defineStrings } from '../common/i18n';
import { TRAINER_CAPTION } from './caption';

/** A solver failure during training, every number already formatted. */
export interface SolverStop {
  iteration: number;
  code: OdeErrorCode | undefined;
  /** Time reached, formatted, or null. */
  t: string | null;
  /** The solver's own sentence (English), used where the code does not say enough. */
  message: string;
}

/** A shipped checkpoint's provenance, every number already formatted. */
export interface CheckpointNote {
  iteration: number;
  trainedIterations: string;
  seed: number;
  mode: string;
}

export const spiralTrainerStrings = defineStrings({
  en: {
    title: 'Spiral trainer',
    caption: TRAINER_CAPTION,
    play: 'Play',
    pause: 'Pause',
    step: 'Step',
    reset: 'Reset',
    loading: 'Loading…',
    skip: 'Skip to the trained model',
    seed: 'Seed',
    gradient: 'Gradient',
    backprop: 'backprop through the solver',
    adjoint: 'adjoint',
    modeNames: { backprop: 'backprop', adjoint: 'adjoint' } as Record<string, string>,
    solver: 'Solver',
    methods: { dopri5: 'dopri5 (adaptive, ode_demo)', bosh3: 'bosh3 (adaptive)', rk4: 'rk4, 3/8 rule (fixed grid)', euler: 'Euler (fixed grid)' } as Record<SpiralMethod, string>,
    tolerance: 'Tolerance (rtol)',
    fixedGrid: 'fixed grid',
    tolNote: (floor: string, asked: string) => `bosh3 trains at rtol ${floor} at the tightest here (asked: ${asked}): below that one iteration takes over 1,000 evaluations.`,
    cannotLoad: (url: string, status: number) => `Could not load the trained model (${url}: HTTP ${status}).`,
    solverStop: (s: SolverStop) => `Training stopped at iteration ${s.iteration}: ${s.message}. Pick a tighter tolerance or another solver, or reset.`,
    checkpointError: (message: string) => message,
    otherError: (message: string) => message,
    loaded: (c: CheckpointNote) => `Loaded the shipped checkpoint: iteration ${c.iteration} of a ${c.trainedIterations}-iteration run (seed ${c.seed}, ${c.mode}), kept for its lowest test loss. Play continues training from it.`,
    runsIn: 'Runs in plain float64 TypeScript in a background worker',
    msPerIteration: (ms: string) => `: ${ms} ms per iteration here (torchdiffeq's own ode_demo: about 19 ms with backprop, 61 ms with the adjoint, on the project's 2-core test machine)`,
    endStatus: '.',
    divergedWhat: 'training loss (mean absolute error)',
    trajectoriesTitle: 'Trajectories against t (from y0 = (2, 0), the last test)',
    xTrue: 'x true',
    xLearned: 'x learned',
    yTrue: 'y true',
    yLearned: 'y learned',
    phaseTitle: 'Phase portrait',
    fieldTitle: 'Learned field (blue) and true field (grey), directions',
    lossTitle: 'Loss',
    training: 'training',
    runningAverage: 'running average',
    test: 'test',
    nfeTitle: 'Function evaluations per iteration',
    forward: 'forward',
    backwardAdjoint: 'backward (adjoint)',
    trajectoryLabel: 'x and y against t: true solid, learned dashed',
    phaseLabel: 'Phase portrait: the true spiral solid, the learned one dashed',
    fieldLabel: 'Directions of the learned field (blue) and the true field (grey) on a 21 by 21 grid',
    lossLabel: 'Loss against iteration, log scale: training loss, its running average, test loss every 20 iterations',
    nfeLabel: 'Function evaluations per iteration: forward, and backward when the adjoint runs',
    iteration: 'iteration',
    meanError: 'mean |error|',
    evaluations: 'evaluations',
    // readout (readout.ts)
    preparing: 'Preparing the ground truth…',
    testText: (loss: string, iteration: number, nfe: number) => `test loss ${loss} (iteration ${iteration}; full trajectory by dopri5 at rtol 10⁻⁷, ${nfe} evaluations)`,
    iterationZero: (seed: number, test: string) => `Iteration 0: random initial weights (seed ${seed}); ${test}.`,
    adaptiveSolver: (method: string, tol: string) => `${method}, rtol ${tol}`,
    gridSolver: (method: string) => `${method} on the 10-point grid`,
    backwardAdjointNfe: (nfe: number) => `backward NFE ${nfe}: adjoint solves over 9 intervals`,
    backwardBackprop: 'backward: reverse mode through the recorded steps, 0 new evaluations',
    iterationLine: (i: number, loss: string, ema: string, test: string) => `Iteration ${i}: training loss ${loss} (running average ${ema}); ${test}.`,
    forwardLine: (nfe: number, solver: string, backward: string) => `Forward NFE ${nfe} (${solver}); ${backward}.`,
  },
  zh: {
    title: '螺旋训练器',
    caption:
      '一个 2→50→2 的 tanh 网络 f(y) = net(y³) 学习螺旋 dy/dt = (y³)A 的向量场：每次迭代从 20 个随机窗口各取 10 个点，用学习率 0.001 的 RMSprop 训练，与 torchdiffeq 的 ode_demo 相同（默认：对 dopri5 做反向传播，rtol 10⁻⁷）。切换到伴随方法，可以看到反向求解的函数求值次数；跳到训练好的模型，会载入用同一份代码训练出的检查点。',
    play: '播放',
    pause: '暂停',
    step: '单步',
    reset: '重置',
    loading: '载入中…',
    skip: '跳到训练好的模型',
    seed: '随机种子',
    gradient: '梯度',
    backprop: '穿过求解器反向传播',
    adjoint: '伴随方法',
    modeNames: { backprop: '反向传播', adjoint: '伴随方法' },
    solver: '求解器',
    methods: { dopri5: 'dopri5（自适应步长，ode_demo）', bosh3: 'bosh3（自适应步长）', rk4: 'rk4，3/8 法则（固定网格）', euler: '欧拉法（固定网格）' },
    tolerance: '容差（rtol）',
    fixedGrid: '固定网格',
    tolNote: (floor: string, asked: string) => `bosh3 在这里最严只用 rtol ${floor} 训练（你要求的是 ${asked}）：再严的话，一次迭代要超过 1,000 次函数求值。`,
    cannotLoad: (url: string, status: number) => `无法载入训练好的模型（${url}：HTTP ${status}）。`,
    solverStop: (s: SolverStop) => `训练在第 ${s.iteration} 次迭代时停止：${solverReasonZh(s)}。请选更严的容差或换一个求解器，或者重置。`,
    checkpointError: (message: string) => `无法读取训练好的模型：${message}`,
    otherError: (message: string) => `训练出错：${message}`,
    loaded: (c: CheckpointNote) => `已载入随站点提供的检查点：一次 ${c.trainedIterations} 次迭代的训练（随机种子 ${c.seed}，${c.mode}）中的第 ${c.iteration} 次迭代，因其测试损失最低而保留。按“播放”从这里继续训练。`,
    runsIn: '在后台线程中以纯 float64 的 TypeScript 运行',
    msPerIteration: (ms: string) => `：这里每次迭代 ${ms} ms（torchdiffeq 自己的 ode_demo 在本项目的双核测试机上：反向传播约 19 ms，伴随方法约 61 ms）`,
    endStatus: '。',
    divergedWhat: '训练损失（平均绝对误差）',
    trajectoriesTitle: '轨迹随 t 的变化（从 y0 = (2, 0) 出发，即最近一次测试）',
    xTrue: 'x 真实',
    xLearned: 'x 学到的',
    yTrue: 'y 真实',
    yLearned: 'y 学到的',
    phaseTitle: '相图',
    fieldTitle: '学到的向量场（蓝）与真实向量场（灰）的方向',
    lossTitle: '损失',
    training: '训练',
    runningAverage: '滑动平均',
    test: '测试',
    nfeTitle: '每次迭代的函数求值次数',
    forward: '前向',
    backwardAdjoint: '反向（伴随方法）',
    trajectoryLabel: 'x 和 y 随 t 的变化：实线为真实，虚线为学到的',
    phaseLabel: '相图：实线为真实螺旋，虚线为学到的螺旋',
    fieldLabel: '学到的向量场（蓝）与真实向量场（灰）在 21 × 21 网格上的方向',
    lossLabel: '损失随迭代的变化（对数坐标）：训练损失、它的滑动平均、每 20 次迭代一次的测试损失',
    nfeLabel: '每次迭代的函数求值次数：前向，以及运行伴随方法时的反向',
    iteration: '迭代',
    meanError: '平均 |误差|',
    evaluations: '求值次数',
    preparing: '正在计算真实轨迹…',
    testText: (loss: string, iteration: number, nfe: number) => `测试损失 ${loss}（第 ${iteration} 次迭代；完整轨迹由 dopri5 在 rtol 10⁻⁷ 下求出，求值 ${nfe} 次）`,
    iterationZero: (seed: number, test: string) => `第 0 次迭代：随机初始权重（随机种子 ${seed}）；${test}。`,
    adaptiveSolver: (method: string, tol: string) => `${method}，rtol ${tol}`,
    gridSolver: (method: string) => `${method === 'euler' ? '欧拉法' : method}，在 10 点网格上`,
    backwardAdjointNfe: (nfe: number) => `反向 NFE ${nfe}：伴随方法在 9 个区间上求解`,
    backwardBackprop: '反向：沿记录下的步做反向模式微分，没有新的函数求值',
    iterationLine: (i: number, loss: string, ema: string, test: string) => `第 ${i} 次迭代：训练损失 ${loss}（滑动平均 ${ema}）；${test}。`,
    forwardLine: (nfe: number, solver: string, backward: string) => `前向 NFE ${nfe}（${solver}）；${backward}。`,
  },
});

/** Why the solver stopped, in Chinese, from its error code. */
function solverReasonZh(s: SolverStop): string {
  const at = s.t === null ? '' : `在 t = ${s.t} 处`;
  switch (s.code) {
    case 'non-finite':
      return `解${at}变成了无穷大或 NaN`;
    case 'max-steps':
      return `求解器${at}用完了步数预算`;
    case 'step-underflow':
      return `步长${at}缩小到零`;
    default:
      return `求解器拒绝了这个设置（${s.message}）`;
  }
}

export type SpiralTrainerStrings = typeof spiralTrainerStrings.en;
