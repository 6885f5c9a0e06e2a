/** Chapter 5's tfjs worker: one tfjs, the chapter's models only (serve.ts, app/nn/cnf/workerHandlers.ts). */
import { FLOWS_HANDLERS } from '../../nn/cnf/workerHandlers';
import { serveTfHandlers } from './serve';

serveTfHandlers(FLOWS_HANDLERS);
