/**
 * The page's tfjs worker, shared by every widget that opens a port to it (app/runtime/tfWorker). Not a
 * store of reader input: it is the page-wide handle that "one tfjs per page" needs, kept here because
 * module-level mutable state lives only in app/state. Only app/runtime/tfWorker/pagePort.ts touches it.
 * Workers are per group of models (app/nn/workerHandlers.ts); a chapter's widgets all use one group, so a
 * chapter page runs one of them.
 */
export interface PageTfWorkerSlot {
  workers: Map<string, Worker>;
  /** Open ports by number, with the group whose worker they talk to; a worker is terminated when its last port closes. */
  ports: Map<number, { group: string; onmessage: ((e: MessageEvent) => void) | null; onerror: ((e: ErrorEvent) => void) | null }>;
  nextPort: number;
}

export const pageTfWorker: PageTfWorkerSlot = { workers: new Map(), ports: new Map(), nextPort: 1 };
