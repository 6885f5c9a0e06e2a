/**
 * The body of a page's tfjs worker: it starts tfjs once (wasm, else cpu: `workerTf.ts`) and hosts each model
 * a page's widgets open, as a handler from its group's table (app/nn/workerHandlers.ts) behind its own port
 * number. Messages in: `{ port, open: name }`, `{ port, data }`, `{ port, close: true }`; out:
 * `{ port, data, transfer }` or `{ port, error }`. Called by the worker entries `<group>.worker.ts`.
 */
import { startWorkerTf, tf } from '../workerTf';
import type { TfHandler, TfHandlerInstance } from '../../nn/workerHandler';
import type { WorkerScope } from '../workerRpc';
import type { PortMessageIn, PortMessageOut } from './protocol';

export function serveTfHandlers(handlers: Record<string, TfHandler<never, unknown>>): void {
  const scope = self as unknown as WorkerScope;
  const send = (m: PortMessageOut, transfer: Transferable[] = []) => scope.postMessage(m, transfer);
  tf.env().set('PROD', true);
  const backend = startWorkerTf();
  const open = new Map<number, Promise<TfHandlerInstance<unknown> | null>>();
  scope.onmessage = (e: MessageEvent<PortMessageIn>) => {
    const m = e.data;
    if ('open' in m) {
      const handler = (Object.hasOwn(handlers, m.open) ? handlers[m.open] : undefined) as TfHandler<unknown, unknown> | undefined;
      open.set(
        m.port,
        backend.then(
          (b) => {
            if (!handler) throw new Error(`the tfjs worker hosts no model called "${m.open}"`);
            return handler.create(tf, { name: b.name, reason: b.reason }, (data, transfer) => send({ port: m.port, data }, transfer));
          },
        ).catch((err: unknown) => {
          send({ port: m.port, error: err instanceof Error ? err.message : String(err) });
          return null;
        }),
      );
    } else if ('close' in m) {
      open.get(m.port)?.then((h) => h?.close());
      open.delete(m.port);
    } else {
      open.get(m.port)?.then((h) => h?.onMessage(m.data));
    }
  };
}
