/**
 * The contract of a tfjs model hosted by the page's one tfjs worker (app/runtime/tfWorker): one tfjs per
 * page (issue 14). A handler is created once per widget connection with the worker's tfjs, already started
 * on its backend, and a `post` back to that widget; it receives the widget's messages and is closed when the
 * widget goes away (it must dispose every tensor it made by then).
 *
 * To host a new model (chapter 6's trainer, say): write `app/nn/<chapter>/<name>Handler.ts` exporting a
 * `TfHandler`, add it to `TF_HANDLER_GROUPS` in `app/nn/workerHandlers.ts` and to its group's table, and open it from the widget with
 * `openTfPort('<name>')` (app/runtime/tfWorker/pagePort.ts), which behaves like a `Worker`.
 */
import type * as TF from '@tensorflow/tfjs-core';

export interface TfWorkerBackend {
  name: string;
  /** One sentence for the widget's status line. */
  reason: string;
}

export interface TfHandlerInstance<In> {
  onMessage(m: In): void;
  /** Stops any loop and disposes every tensor. */
  close(): void;
}

export interface TfHandler<In = unknown, Out = unknown> {
  create(tf: typeof TF, backend: TfWorkerBackend, post: (m: Out, transfer?: Transferable[]) => void): TfHandlerInstance<In>;
}
