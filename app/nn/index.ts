/**
 * app/nn: the batched tfjs engine (README.md beside this file). Import it only from lazily loaded code, after
 * `ensureTfBackend()` has chosen a backend: it imports tfjs-core and registers every kernel's gradient.
 */
export { tf } from './core/tf.ts';
export { odeintTensor } from './core/odeintTensor.ts';
export { odeintAdjoint } from './core/adjoint.ts';
export { createMlp, mlpApply, mlpInitialValues, type Mlp, type MlpSpec } from './core/mlp.ts';
export type {
  TensorField,
  ParamField,
  TensorOdeintOptions,
  TensorOdeSolution,
  TensorStepEvent,
  AdjointOptions,
  AdjointSolution,
  AdjointBackwardStats,
} from './core/types.ts';
export { TorchRmsprop, torchAdam } from './core/optimizers.ts';
