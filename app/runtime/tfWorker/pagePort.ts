/**
 * `openTfPort(name)`: a connection to the model `name` (app/nn/workerHandlers.ts) in the page's one tfjs
 * worker, shaped like a `Worker` (postMessage, onmessage, onerror, terminate), so a widget that used its own
 * worker switches by changing one line. The first port starts the worker; terminating the last one ends it.
 * A page that hosts all its tfjs models this way downloads tfjs once (issue 14).
 */
import { pageTfWorker as slot } from '../../state/pageTfWorker';
import type { PortMessageIn, PortMessageOut } from './protocol';
import type { TfHandlerName } from '../../nn/workerHandlers';

export interface TfPort {
  postMessage(data: unknown, transfer?: Transferable[]): void;
  onmessage: ((e: MessageEvent) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  terminate(): void;
}

function ensureWorker(): Worker {
  if (slot.worker) return slot.worker;
  const w = new Worker(new URL('./page.worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (e: MessageEvent<PortMessageOut>) => {
    const m = e.data;
    const port = slot.ports.get(m.port);
    if (!port) return;
    if ('error' in m) port.onerror?.(new ErrorEvent('error', { message: m.error }));
    else port.onmessage?.(new MessageEvent('message', { data: m.data }));
  };
  w.onerror = (e) => {
    e.preventDefault();
    slot.ports.forEach((p) => p.onerror?.(new ErrorEvent('error', { message: e.message || 'the tfjs worker failed to start' })));
  };
  slot.worker = w;
  return w;
}

export function openTfPort(name: TfHandlerName): TfPort {
  const worker = ensureWorker();
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
      if (slot.ports.size === 0 && slot.worker === worker) {
        worker.terminate();
        slot.worker = null;
      }
    },
  };
  slot.ports.set(id, {
    get onmessage() {
      return port.onmessage;
    },
    get onerror() {
      return port.onerror;
    },
  } as { onmessage: TfPort['onmessage']; onerror: TfPort['onerror'] });
  send({ port: id, open: name });
  return port;
}
