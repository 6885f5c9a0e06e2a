/**
 * Every model a page's tfjs worker can host, by name, and which worker bundle hosts it. Handlers are grouped
 * by the chapter that uses them, one worker entry per group (app/runtime/tfWorker/<group>.worker.ts), so a
 * page's worker bundles ONE tfjs and only its own chapter's models (issue 14: chapters ≤ 350 kB). A page
 * starts its group's worker only when a widget opens a port to one of its models. This file imports no
 * handler (the page reads it); the tables live in `classify/workerHandlers.ts` and `cnf/workerHandlers.ts`.
 */
export const TF_HANDLER_GROUPS = {
  /** Chapter 2: the plane warp and crossing demo, the network comparison. */
  planeModels: 'classify',
  networkComparison: 'classify',
  /** Chapter 5: the CNF trainer, the planar flow, the density flow. */
  cnfTrainer: 'flows',
  planarFlow: 'flows',
  densityFlow: 'flows',
} as const;

export type TfHandlerName = keyof typeof TF_HANDLER_GROUPS;
export type TfWorkerGroup = (typeof TF_HANDLER_GROUPS)[TfHandlerName];
/** The names a group's handler table must hold. */
export type TfHandlerNamesOf<G extends TfWorkerGroup> = { [N in TfHandlerName]: (typeof TF_HANDLER_GROUPS)[N] extends G ? N : never }[TfHandlerName];
