/**
 * `openTfPort(name)`: a connection to the model `name` (app/nn/workerHandlers.ts) in the page's tfjs worker,
 * shaped like a `Worker` (postMessage, onmessage, onerror, terminate), so a widget that used its own worker
 * switches by changing one line. The first port starts the worker of the model's group (chapter 2's
 * `classify.worker.ts`, chapter 5's `flows.worker.ts`: each bundles one tfjs and only its chapter's models);
 * terminating its last port ends it. A page that hosts all its tfjs models this way downloads tfjs once (issue 14).
 */
import { pageTfWorker as slot } from '../../state/pageTfWorker';
import type { PortMessageIn, PortMessageOut } from './protocol';
import { TF_HANDLER_GROUPS, type TfHandlerName, type TfWorkerGroup } from '../../nn/workerHandlers';

export interface TfPort {
  postMessage(data: unknown, transfer?: Transferable[]): void;
  onmessage: ((e: MessageEvent) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  terminate(): void;
}

/** One literal `new URL(...)` per entry, as Vite needs to bundle each worker. */
function startWorker(group: TfWorkerGroup): Worker {
  switch (group) {
    case 'classify':
      return new Worker(new URL('./classify.worker.ts', import.meta.url), { type: 'module' });
    case 'flows':
      return new Worker(new URL('./flows.worker.ts', import.meta.url), { type: 'module' });
  }
}

function ensureWorker(group: TfWorkerGroup): Worker {
  const running = slot.workers.get(group);
  if (running) return running;
  const w = startWorker(group);
  w.onmessage = (e: MessageEvent<PortMessageOut>) => {
    const m = e.data;
    const port = slot.ports.get(m.port);
    if (!port) return;
    if ('error' in m) port.onerror?.(new ErrorEvent('error', { message: m.error }));
    else port.onmessage?.(new MessageEvent('message', { data: m.data }));
  };
  w.onerror = (e) => {
    e.preventDefault();
    slot.ports.forEach((p) => p.group === group && p.onerror?.(new ErrorEvent('error', { message: e.message || 'the tfjs worker failed to start' })));
  };
  slot.workers.set(group, w);
  return w;
}

export function openTfPort(name: TfHandlerName): TfPort {
  const group = TF_HANDLER_GROUPS[name];
  const worker = ensureWorker(group);
  const id = slot.nextPort++;
  const send = (m: PortMessageIn, transfer: Transferable[] = []) => worker.postMessage(m, transfer);
  let closed = false;
  const port: TfPort = {
    onmessage: null,
    onerror: null,
    postMessage(data, transfer) {
      if (!closed) send({ port: id, data }, transfer);
    },
    terminate() {
      if (closed) return;
      closed = true;
      send({ port: id, close: true });
      slot.ports.delete(id);
      const othersOnIt = [...slot.ports.values()].some((p) => p.group === group);
      if (!othersOnIt && slot.workers.get(group) === worker) {
        worker.terminate();
        slot.workers.delete(group);
      }
    },
  };
  slot.ports.set(id, {
    group,
    get onmessage() {
      return port.onmessage;
    },
    get onerror() {
      return port.onerror;
    },
  } as { group: string; onmessage: TfPort['onmessage']; onerror: TfPort['onerror'] });
  send({ port: id, open: name });
  return port;
}
