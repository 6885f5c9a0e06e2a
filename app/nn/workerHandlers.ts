/**
 * Every model the page's tfjs worker can host, by name (see workerHandler.ts for how to add one). The worker
 * bundles them all with ONE tfjs; a page starts the worker only when a widget opens a port to one of them.
 */
import { cnfTrainerHandler } from './cnf/trainerHandler';
import { planarFlowHandler } from './cnf/planarHandler';
import { densityFlowHandler } from './cnf/densityHandler';
import { planeModelsHandler } from './classify/modelsHandler';
import { comparisonHandler } from './classify/comparisonHandler';

export const TF_HANDLERS = {
  cnfTrainer: cnfTrainerHandler,
  planarFlow: planarFlowHandler,
  densityFlow: densityFlowHandler,
  planeModels: planeModelsHandler,
  networkComparison: comparisonHandler,
};

export type TfHandlerName = keyof typeof TF_HANDLERS;
