/**
 * The plane-warp and crossing-demo models, trained off the main thread in the page's tfjs worker (a
 * `TfHandler`); each widget's connection has its own table of models by handle. Requests: init | warp | cross | step | picture | trajectories | dispose,
 * each answered with { id, result } or { id, error }. Pictures travel back as transferred Float32Arrays.
 */
import { createCrossModel, type CrossKind, type CrossModel } from './crossing';
import type { Points2D } from './toy2d';
import { createWarpModel, type WarpKind, type WarpModel } from './warp';
import { rpcHandler, type RpcReply } from '../rpcHandler';

type Request =
  | { id: number; type: 'init' }
  | { id: number; type: 'warp'; handle: number; kind: WarpKind; data: Points2D; seed: number }
  | { id: number; type: 'cross'; handle: number; kind: CrossKind; seed: number }
  | { id: number; type: 'step' | 'dispose'; handle: number }
  | { id: number; type: 'picture'; handle: number; points: Float32Array }
  | { id: number; type: 'trajectories'; handle: number; xs: number[]; times: number[] };

export const planeModelsHandler = rpcHandler<Request>((_tf, backend) => {
  /** This connection's models by handle (one connection per widget, so this is per-widget state). */
  const models = new Map<number, WarpModel | CrossModel>();
    function model(handle: number) {
      const m = models.get(handle);
      if (!m) throw new Error(`no model ${handle}`);
      return m;
    }

    async function handle(msg: Request): Promise<RpcReply> {
      switch (msg.type) {
        case 'init':
          return { result: backend.name };
        case 'warp': {
          const m = createWarpModel(msg.kind, msg.data, msg.seed);
          models.set(msg.handle, m);
          return { result: m.params };
        }
        case 'cross':
          models.set(msg.handle, createCrossModel(msg.kind, msg.seed));
          return { result: null };
        case 'step':
          return { result: await model(msg.handle).step() };
        case 'picture': {
          const pic = await (model(msg.handle) as WarpModel).picture(msg.points);
          return { result: pic, transfer: [...pic.states.map((s) => s.buffer), pic.prob.buffer] };
        }
        case 'trajectories':
          return { result: await (model(msg.handle) as CrossModel).trajectories(msg.xs, msg.times) };
        case 'dispose':
          models.get(msg.handle)?.dispose();
          models.delete(msg.handle);
          return { result: null };
      }
    }
  return {
    handle,
    close() {
      models.forEach((m) => m.dispose());
      models.clear();
    },
  };
});
