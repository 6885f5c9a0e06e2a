/** Chapter 2's tfjs models, hosted by app/runtime/tfWorker/classify.worker.ts (see ../workerHandlers.ts). */
import type { TfHandler } from '../workerHandler';
import type { TfHandlerNamesOf } from '../workerHandlers';
import { comparisonHandler } from './comparisonHandler';
import { planeModelsHandler } from './modelsHandler';

export const CLASSIFY_HANDLERS = {
  planeModels: planeModelsHandler,
  networkComparison: comparisonHandler,
} satisfies Record<TfHandlerNamesOf<'classify'>, TfHandler<never, unknown>>;
