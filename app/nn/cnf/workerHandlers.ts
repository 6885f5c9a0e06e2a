/** Chapter 5's tfjs models, hosted by app/runtime/tfWorker/flows.worker.ts (see ../workerHandlers.ts). */
import type { TfHandler } from '../workerHandler';
import type { TfHandlerNamesOf } from '../workerHandlers';
import { densityFlowHandler } from './densityHandler';
import { planarFlowHandler } from './planarHandler';
import { cnfTrainerHandler } from './trainerHandler';

export const FLOWS_HANDLERS = {
  cnfTrainer: cnfTrainerHandler,
  planarFlow: planarFlowHandler,
  densityFlow: densityFlowHandler,
} satisfies Record<TfHandlerNamesOf<'flows'>, TfHandler<never, unknown>>;
