/** Messages between chapter 4's widgets and their tfjs worker (tf.worker.ts). */
import type { GradMode, MemoryMeasurement, MemorySetup } from '../../nn/adjointDemo/memoryRun';
import type { TensorGradient } from '../../nn/adjointDemo/tensorGradients';

export type WorkerRequest =
  | { kind: 'init' }
  | { kind: 'memory'; mode: GradMode; setup: MemorySetup }
  | { kind: 'backprop'; damping: number; T: number }
  | { kind: 'adjoint'; damping: number; T: number; btolExp: number };

export type WorkerResponse = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };

export interface WorkerBackend {
  name: string;
  reason: string;
}

export interface WorkerResults {
  init: WorkerBackend;
  memory: MemoryMeasurement;
  backprop: TensorGradient;
  adjoint: TensorGradient & { rtolUsed: number };
}
