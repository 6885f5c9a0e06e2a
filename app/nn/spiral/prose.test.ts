/**
 * Chapter 4 quotes the spiral trainer's adjoint costs in its "Algorithm 1: one backward solve" paragraph:
 * the number of backward solves (one per interval between ode_demo's observation times), the number of
 * parameter gradients the error control watches, and the backward evaluations per interval and per iteration.
 * This holds each quoted figure to what the code computes, so the prose cannot drift from the trainer.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BATCH_TIME, groundTruth } from './problem';
import { N_PARAMS } from './mlp';
import { SpiralTraining } from './trainer';

const chapter = readFileSync(join(__dirname, '..', '..', '..', 'content', 'en', 'adjoint.mdx'), 'utf8').replace(/\s+/g, ' ');
const quoted = (re: RegExp) => {
  const m = re.exec(chapter);
  if (!m) throw new Error(`chapter 4 no longer says ${re}`);
  return Number(m[1]);
};

describe('chapter 4 quotes the adjoint costs the trainer measures', () => {
  it('one backward solve per interval, and error control over every parameter gradient', () => {
    expect(quoted(/makes (\d+) separate backward solves/)).toBe(BATCH_TIME - 1);
    expect(quoted(/watches all (\d+) parameter gradients/)).toBe(N_PARAMS);
  });

  it('backward evaluations per iteration and per interval, as the median of 40 adjoint iterations', () => {
    const run = new SpiralTraining(groundTruth(), 0);
    const bwd = Array.from({ length: 40 }, () => run.step({ mode: 'adjoint', method: 'dopri5', rtol: 1e-7, atol: 1e-9 }).nfeBackward).sort((a, b) => a - b);
    const median = bwd[bwd.length / 2];
    expect(quoted(/(\d+) per iteration/)).toBe(median);
    expect(quoted(/about (\d+) evaluations per interval/)).toBe(Math.round(median / (BATCH_TIME - 1)));
  }, 60_000);
});
