/**
 * A request–reply `TfHandler` (workerHandler.ts): each request `{ id, ...}` is answered with `{ id, result }`
 * or `{ id, error }`, as `app/runtime/workerRpc.ts`'s `rpc` expects on the page. `serve` is called once per
 * connection and returns that connection's request function and its clean-up.
 */
import type * as TF from '@tensorflow/tfjs-core';
import type { TfHandler, TfWorkerBackend } from './workerHandler';

export interface RpcReply {
  result: unknown;
  transfer?: Transferable[];
}

export function rpcHandler<Req extends { id: number }>(
  serve: (tf: typeof TF, backend: TfWorkerBackend) => { handle(req: Req): Promise<RpcReply>; close(): void },
): TfHandler<Req, { id: number; result?: unknown; error?: string }> {
  return {
    create(tf, backend, post) {
      const s = serve(tf, backend);
      return {
        onMessage(req) {
          s.handle(req).then(
            ({ result, transfer }) => post({ id: req.id, result }, transfer ?? []),
            (err: unknown) => post({ id: req.id, error: err instanceof Error ? err.message : String(err) }),
          );
        },
        close: () => s.close(),
      };
    },
  };
}
