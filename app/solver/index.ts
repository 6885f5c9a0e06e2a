/**
 * app/solver: plain-TypeScript ODE solvers that follow torchdiffeq 0.2.5 step for step (README.md).
 * `odeint` is the entry point; the pieces below are exported for the tensor engine in app/nn.
 */
export * from './types.ts';
export { odeint, ODEINT_DEFAULTS } from './odeint.ts';
export { TABLEAUX, type Tableau } from './tableaux.ts';
export { makeRkWork, fixedStepInPlace, type RkWork } from './rk.ts';
export {
  CONTROLLER_DEFAULTS,
  optimalStepSize,
  stepRule,
  applyStepRule,
  type StepRule,
  initialStepGuess,
  initialStepFromProbe,
  errorRatioRms,
  rmsNorm,
  scaledRmsNorm,
} from './controller.ts';
export { fixedGrid, fixedGridPoints } from './grid.ts';
export { nextUp, nextDown } from './nextafter.ts';
export { validateOdeintInputs } from './validate.ts';
