/**
 * Proxies for the plane-warp and crossing models: the same interfaces as app/nn/classify's, backed by a
 * handler in the page's one tfjs worker (app/nn/classify/modelsHandler.ts) so training never blocks the page. `startModelWorker` rejects if the
 * browser cannot start the worker or tfjs in it; callers then fall back to the page's own tfjs.
 */
import type { CrossKind, CrossModel } from '../../nn/classify/crossing';
import type { Points2D } from '../../nn/classify/toy2d';
import type { WarpKind, WarpModel } from '../../nn/classify/warp';
import { rpc } from '../../runtime/workerRpc';
import { openTfPort } from '../../runtime/tfWorker/pagePort';

export interface ModelWorker {
  backend: string;
  warp(kind: WarpKind, data: Points2D, seed: number): Promise<WarpModel>;
  cross(kind: CrossKind, seed: number): Promise<CrossModel>;
  terminate(): void;
}

export async function startModelWorker(): Promise<ModelWorker> {
  const worker = openTfPort('planeModels');
  const call = rpc(worker);
  let handles = 0;
  try {
    const backend = await call<string>({ type: 'init' });
    return {
      backend,
      async warp(kind, data, seed) {
        const handle = handles++;
        const params = await call<number>({ type: 'warp', handle, kind, data, seed });
        return {
          kind,
          params,
          step: () => call({ type: 'step', handle }),
          picture: (points) => call({ type: 'picture', handle, points }),
          dispose: () => void call({ type: 'dispose', handle }).catch(() => undefined),
        };
      },
      async cross(kind, seed) {
        const handle = handles++;
        await call({ type: 'cross', handle, kind, seed });
        return {
          kind,
          step: () => call({ type: 'step', handle }),
          trajectories: (xs, times) => call({ type: 'trajectories', handle, xs, times }),
          dispose: () => void call({ type: 'dispose', handle }).catch(() => undefined),
        };
      },
      terminate: () => worker.terminate(),
    };
  } catch (e) {
    worker.terminate();
    throw e;
  }
}
