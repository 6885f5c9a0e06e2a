/** Chapter 2's tfjs worker: one tfjs, the chapter's models only (serve.ts, app/nn/classify/workerHandlers.ts). */
import { CLASSIFY_HANDLERS } from '../../nn/classify/workerHandlers';
import { serveTfHandlers } from './serve';

serveTfHandlers(CLASSIFY_HANDLERS);
