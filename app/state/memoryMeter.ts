/** URL schema of the memory meter (chapter 4). */
import { num } from './urlSchema';

export const memoryMeterSchema = {
  /** Most solver steps the meter measures up to; default 200. */
  maxSteps: num({ default: 200, min: 10, max: 1000, integer: true }),
  /** Batch size of the states pushed through the solver; default 16. */
  batch: num({ default: 16, min: 1, max: 256, integer: true }),
};
