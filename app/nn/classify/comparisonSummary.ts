/**
 * Running summary of one network's training in the comparison, and the JSON shape of a precomputed run
 * (public/models/ch2/comparison.json, written by scripts/train-comparison.ts). Plain TypeScript.
 */
import type { NetKind } from './digitNets';
import type { IterationStats } from './digitRun';

export interface RowSummary {
  kind: NetKind;
  params: number;
  iterations: number;
  loss: number | null;
  /** Fraction of the 360 held-out digits misclassified, at the last evaluation. */
  testError: number | null;
  /** Largest extra tensor bytes seen during a profiled gradient step. */
  peakBytes: number | null;
  /** Median wall time of the un-profiled iterations, ms. */
  msPerIteration: number | null;
  /** Mean forward NFE per iteration (ResNet: its block count; MLP: null). */
  nfe: number | null;
  /** ODE-Net: mean backward (adjoint) NFE per iteration. */
  backwardNfe: number | null;
}

export interface ComparisonFile {
  generatedBy: string;
  command: string;
  backend: string;
  seed: number;
  iterations: number;
  batch: number;
  lr: number;
  settings: Record<string, number>;
  rows: RowSummary[];
}

export function emptyRow(kind: NetKind, params: number): RowSummary {
  return { kind, params, iterations: 0, loss: null, testError: null, peakBytes: null, msPerIteration: null, nfe: null, backwardNfe: null };
}

/** Accumulates iterations; keeps the times in `times` (mutated) so the median stays exact. */
export function addIteration(row: RowSummary, s: IterationStats, times: number[]): RowSummary {
  if (s.peakBytes === undefined) times.push(s.ms);
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : null;
  const n = row.iterations + 1;
  const mean = (prev: number | null, v: number) => (prev === null ? v : prev + (v - prev) / n);
  return {
    ...row,
    iterations: n,
    loss: s.loss,
    peakBytes: s.peakBytes === undefined ? row.peakBytes : Math.max(row.peakBytes ?? 0, s.peakBytes),
    msPerIteration: median,
    nfe: row.kind === 'mlp' ? null : mean(row.nfe, s.nfe),
    backwardNfe: s.backwardNfe === null ? row.backwardNfe : mean(row.backwardNfe, s.backwardNfe),
  };
}
