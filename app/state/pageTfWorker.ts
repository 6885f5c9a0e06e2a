/**
 * The page's one tfjs worker, shared by every widget that opens a port to it (app/runtime/tfWorker). Not a
 * store of reader input: it is the page-wide handle that "one tfjs per page" needs, kept here because
 * module-level mutable state lives only in app/state. Only app/runtime/tfWorker/pagePort.ts touches it.
 */
export interface PageTfWorkerSlot {
  worker: Worker | null;
  /** Open ports by number; the worker is terminated when the last one closes. */
  ports: Map<number, { onmessage: ((e: MessageEvent) => void) | null; onerror: ((e: ErrorEvent) => void) | null }>;
  nextPort: number;
}

export const pageTfWorker: PageTfWorkerSlot = { worker: null, ports: new Map(), nextPort: 1 };
