/**
 * The plane-warp and crossing-demo models, trained off the main thread. Each widget starts its own worker;
 * models live in a table by handle. Requests: init | warp | cross | step | picture | trajectories | dispose,
 * each answered with { id, result } or { id, error }. Pictures travel back as transferred Float32Arrays.
 */
import { createCrossModel, type CrossKind, type CrossModel } from '../../nn/classify/crossing';
import type { Points2D } from '../../nn/classify/toy2d';
import { createWarpModel, type WarpKind, type WarpModel } from '../../nn/classify/warp';
import { startWorkerTf } from '../../runtime/workerTf';
import type { WorkerScope } from '../../runtime/workerRpc';

const scope = self as unknown as WorkerScope;
/** This worker's models by handle (one worker per widget, so this is per-widget state). */
const models = new Map<number, WarpModel | CrossModel>();

type Request =
  | { id: number; type: 'init' }
  | { id: number; type: 'warp'; handle: number; kind: WarpKind; data: Points2D; seed: number }
  | { id: number; type: 'cross'; handle: number; kind: CrossKind; seed: number }
  | { id: number; type: 'step' | 'dispose'; handle: number }
  | { id: number; type: 'picture'; handle: number; points: Float32Array }
  | { id: number; type: 'trajectories'; handle: number; xs: number[]; times: number[] };

function model(handle: number) {
  const m = models.get(handle);
  if (!m) throw new Error(`no model ${handle}`);
  return m;
}

async function handle(msg: Request): Promise<{ result: unknown; transfer?: Transferable[] }> {
  switch (msg.type) {
    case 'init':
      return { result: (await startWorkerTf()).name };
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

scope.onmessage = (e: MessageEvent) => {
  const msg = e.data as Request;
  handle(msg).then(
    ({ result, transfer }) => scope.postMessage({ id: msg.id, result }, transfer ?? []),
    (err: unknown) => scope.postMessage({ id: msg.id, error: err instanceof Error ? err.message : String(err) }),
  );
};
